package dev.careshop.application.shop.product.port.in;

import dev.careshop.domain.shop.product.ProductDetails;
import java.util.Objects;

/** A new product with its initial stock (the only time the stock is set rather than adjusted). */
public record CreateProductCommand(ProductDetails details, int stockQuantity) {

    public CreateProductCommand {
        Objects.requireNonNull(details, "details");
    }
}
