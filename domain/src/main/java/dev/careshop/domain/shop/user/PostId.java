package dev.careshop.domain.shop.user;

import dev.careshop.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

public record PostId(UUID value) {

    public PostId {
        Objects.requireNonNull(value, "value");
    }

    public static PostId newId() {
        return new PostId(Ids.timeOrdered());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
