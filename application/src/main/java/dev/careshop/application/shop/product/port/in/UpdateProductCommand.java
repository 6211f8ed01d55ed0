package dev.careshop.application.shop.product.port.in;

import dev.careshop.domain.shop.product.ProductDetails;
import dev.careshop.domain.shop.product.ProductId;
import java.util.Objects;

/**
 * Replace a product's details. {@code active}, when given, sets the flag ({@code true} reactivates a deleted
 * product); {@code expectedVersion} (from {@code If-Match}) is optional. The stock is not part of an update.
 */
public record UpdateProductCommand(ProductId id, ProductDetails details, Boolean active, Long expectedVersion) {

    public UpdateProductCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
    }
}
