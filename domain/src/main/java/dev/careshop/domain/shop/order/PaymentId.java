package dev.careshop.domain.shop.order;

import dev.careshop.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

public record PaymentId(UUID value) {

    public PaymentId {
        Objects.requireNonNull(value, "value");
    }

    public static PaymentId newId() {
        return new PaymentId(Ids.timeOrdered());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
