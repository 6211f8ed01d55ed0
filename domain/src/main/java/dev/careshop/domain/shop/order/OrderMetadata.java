package dev.careshop.domain.shop.order;

import dev.careshop.domain.shared.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Client-defined data kept with an order: a JSON object, held as its serialized text, which the domain does not
 * interpret. The web adapter makes sure it is an object and serializes it; here only its size counts: at most
 * {@value #MAX_BYTES} bytes of UTF-8.
 */
public record OrderMetadata(String json) {

    public static final int MAX_BYTES = 16 * 1024;

    /** The JSON escape for NUL (a backslash, then "u0000"), unless that backslash is itself escaped. */
    private static final Pattern ESCAPED_NUL = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\u0000");

    // After ESCAPED_NUL: the constructor needs it.
    public static final OrderMetadata EMPTY = new OrderMetadata("{}");

    public OrderMetadata {
        if (json == null || json.isBlank()) {
            json = "{}";
        }
        json = json.strip();
        if (!json.startsWith("{") || !json.endsWith("}")) {
            throw new InvalidValueException("metadata", "metadata must be a JSON object");
        }
        // PostgreSQL's jsonb cannot hold the NUL character, escaped or not.
        if (json.indexOf('\u0000') >= 0 || ESCAPED_NUL.matcher(json).find()) {
            throw new InvalidValueException("metadata", "metadata must not contain the NUL character");
        }
        if (json.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidValueException("metadata", "metadata must be at most " + MAX_BYTES + " bytes of JSON (UTF-8)");
        }
    }
}
