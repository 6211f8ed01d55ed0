package dev.careshop.application.shop.order.port.in;

import dev.careshop.domain.shop.order.OrderDetails;
import dev.careshop.domain.shop.order.OrderMetadata;
import dev.careshop.domain.shop.order.OrderTags;
import dev.careshop.domain.shop.order.RequestedItem;
import dev.careshop.domain.shop.order.ShippingAddress;
import dev.careshop.domain.shop.user.UserId;
import java.util.List;
import java.util.Objects;

/** The items as the customer listed them; entries for one product are merged when the order is placed. */
public record PlaceOrderCommand(UserId userId, List<RequestedItem> items, ShippingAddress shippingAddress, String notes,
                                OrderTags tags, OrderMetadata metadata) {

    public PlaceOrderCommand {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(shippingAddress, "shippingAddress");
        items = items == null ? List.of() : List.copyOf(items);
    }

    public OrderDetails details() {
        return new OrderDetails(shippingAddress, notes, tags, metadata);
    }
}
