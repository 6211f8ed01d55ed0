package dev.careshop.domain.shop.user;

import java.util.Objects;

/**
 * A salted adaptive hash of a password in its self-describing string form (e.g. {@code $argon2id$v=19$...}).
 * It never leaves the service: no response carries it, and {@link #toString()} does not show it.
 */
public record PasswordHash(String value) {

    public PasswordHash {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a password hash is never blank");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[****]";
    }
}
