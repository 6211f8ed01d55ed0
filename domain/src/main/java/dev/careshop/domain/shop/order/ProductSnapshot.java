package dev.careshop.domain.shop.order;

import dev.careshop.domain.shared.Money;
import dev.careshop.domain.shop.product.ProductId;
import java.util.Objects;

/** What an order copies from a product when it is placed: its name and price at that moment. */
public record ProductSnapshot(ProductId id, String name, Money price) {

    public ProductSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(price, "price");
    }
}
