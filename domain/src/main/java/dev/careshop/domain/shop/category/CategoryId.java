package dev.careshop.domain.shop.category;

import dev.careshop.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

public record CategoryId(UUID value) {

    public CategoryId {
        Objects.requireNonNull(value, "value");
    }

    public static CategoryId newId() {
        return new CategoryId(Ids.timeOrdered());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
