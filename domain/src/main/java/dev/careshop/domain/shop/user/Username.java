package dev.careshop.domain.shop.user;

import dev.careshop.domain.shared.InvalidValueException;
import dev.careshop.domain.shared.Text;
import java.util.regex.Pattern;

/**
 * A user's login name: 3–50 of {@code A–Z a–z 0–9 _ . -}, trimmed. It keeps the case the user chose, but two names
 * that differ only in case are the same name for uniqueness (the database's unique index on {@code lower(username)}).
 */
public record Username(String value) {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 50;
    public static final String PATTERN = "^[A-Za-z0-9_.-]{" + MIN_LENGTH + "," + MAX_LENGTH + "}$";

    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    public Username {
        value = Text.required("username", value, Integer.MAX_VALUE);
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("username",
                    "username must be " + MIN_LENGTH + " to " + MAX_LENGTH + " of the characters A-Z, a-z, 0-9, '_', '.' and '-'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
