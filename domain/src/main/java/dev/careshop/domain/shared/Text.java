package dev.careshop.domain.shared;

/** Checks for the free-text fields of value objects; every failure names the field it concerns. */
public final class Text {

    private Text() {
    }

    /** Trims {@code value} and requires 1..{@code max} characters. */
    public static String required(String field, String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            throw new InvalidValueException(field, field + " is required");
        }
        return text;
    }

    /** Trims {@code value}; blank becomes {@code null}; otherwise at most {@code max} characters. */
    public static String optional(String field, String value, int max) {
        String text = filter(field, value);
        return text == null ? null : maxLength(field, text, max);
    }

    /** A search term: trimmed, blank means "no filter". */
    public static String filter(String field, String value) {
        return value == null || value.isBlank() ? null : storable(field, value).strip();
    }

    /**
     * Refuses the NUL character, which no text column can hold and no person types, and half a surrogate pair, which
     * JSON can carry ({@code "\\uD800"}) but UTF-8 cannot: the driver would store a {@code ?} in its place.
     */
    public static String storable(String field, String value) {
        if (value.indexOf('\u0000') >= 0) {
            throw new InvalidValueException(field, field + " must not contain the NUL character");
        }
        if (hasUnpairedSurrogate(value)) {
            throw new InvalidValueException(field, field + " must be valid Unicode text (no unpaired surrogate)");
        }
        return value;
    }

    /** Whether {@code value} holds a UTF-16 surrogate that is not part of a pair, so it has no UTF-8 form. */
    public static boolean hasUnpairedSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static String maxLength(String field, String value, int max) {
        if (value.length() > max) {
            throw new InvalidValueException(field, field + " must be at most " + max + " characters");
        }
        return value;
    }
}
