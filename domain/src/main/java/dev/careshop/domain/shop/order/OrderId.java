package dev.careshop.domain.shop.order;

import dev.careshop.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

public record OrderId(UUID value) {

    public OrderId {
        Objects.requireNonNull(value, "value");
    }

    public static OrderId newId() {
        return new OrderId(Ids.timeOrdered());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
