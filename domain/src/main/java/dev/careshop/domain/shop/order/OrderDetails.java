package dev.careshop.domain.shop.order;

import dev.careshop.domain.shared.Text;
import java.util.Objects;

/**
 * What the customer says about an order besides its items: where it goes, a note of at most {@value #NOTES_MAX}
 * characters (blank is none), free tags and metadata (none when {@code null}).
 */
public record OrderDetails(ShippingAddress shippingAddress, String notes, OrderTags tags, OrderMetadata metadata) {

    public static final int NOTES_MAX = 1000;

    public OrderDetails {
        Objects.requireNonNull(shippingAddress, "shippingAddress");
        notes = Text.optional("notes", notes, NOTES_MAX);
        tags = tags == null ? OrderTags.NONE : tags;
        metadata = metadata == null ? OrderMetadata.EMPTY : metadata;
    }
}
