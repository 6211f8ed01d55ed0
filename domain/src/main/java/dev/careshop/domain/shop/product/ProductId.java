package dev.careshop.domain.shop.product;

import dev.careshop.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

public record ProductId(UUID value) {

    public ProductId {
        Objects.requireNonNull(value, "value");
    }

    public static ProductId newId() {
        return new ProductId(Ids.timeOrdered());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
