package dev.careshop.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, trimmed and lower-cased so that equality is case-insensitive. */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;

    // Deliberately pragmatic (one @, a dot in the domain, no spaces): full RFC 5322 accepts addresses no mail system delivers.
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("email", "email is required");
        }
        value = Text.storable("email", value).strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("email", "email must be a valid e-mail address");
        }
    }

    /** {@code null} for an absent address, otherwise a validated one. */
    public static EmailAddress ofNullable(String value) {
        return value == null || value.isBlank() ? null : new EmailAddress(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
