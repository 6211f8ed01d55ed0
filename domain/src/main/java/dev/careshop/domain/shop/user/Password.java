package dev.careshop.domain.shop.user;

import dev.careshop.domain.shared.InvalidValueException;
import dev.careshop.domain.shared.Text;

/**
 * A password as the user typed it, on its way to being hashed: 8–128 characters (UTF-16 units, as Bean Validation
 * counts), not only white space, whole Unicode (no half surrogate pair), and never trimmed. It is never stored, and {@link #toString()} never shows it, so
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
        if (Text.hasUnpairedSurrogate(value)) {
            // JSON can carry half a surrogate pair ("\\uD800"), but no UTF-8 can: the hasher would fail on it.
            throw new InvalidValueException("password", "password must be valid Unicode text (no unpaired surrogate)");
        }
    }

    @Override
    public String toString() {
        return "Password[****]";
    }
}
