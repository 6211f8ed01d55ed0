package dev.careshop.domain.shop.user;

import dev.careshop.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId newId() {
        return new UserId(Ids.timeOrdered());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
