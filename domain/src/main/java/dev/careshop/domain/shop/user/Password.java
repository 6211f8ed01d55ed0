package dev.careshop.domain.shop.user;

import dev.careshop.domain.shared.InvalidValueException;

/**
 * A password as the user typed it, on its way to being hashed: 8–128 characters (UTF-16 units, as Bean Validation
 * counts), not only white space, and never trimmed. It is never stored, and {@link #toString()} never shows it, so
 * it cannot end up in a log line or an error message; no refusal quotes it either.
 */
public record Password(String value) {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    public Password {
        if (value == null) {
            throw new InvalidValueException("password", "password is required");
        }
        if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            throw new InvalidValueException("password",
                    "password must be between " + MIN_LENGTH + " and " + MAX_LENGTH + " characters");
        }
        if (value.isBlank()) {
            throw new InvalidValueException("password", "password must not be only white space");
        }
    }

    @Override
    public String toString() {
        return "Password[****]";
    }
}
