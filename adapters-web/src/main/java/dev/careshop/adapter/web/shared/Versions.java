package dev.careshop.adapter.web.shared;

import dev.careshop.domain.shared.InvalidValueException;
import org.springframework.http.ResponseEntity;

/**
 * Every resource carries its {@code version}; single reads and writes send it as a strong {@code ETag}, and an
 * {@code If-Match} on an update must name the current one. Spring answers {@code If-None-Match} with 304 on its own.
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    public static <T> ResponseEntity<T> okWithETag(long version, T body) {
        return ResponseEntity.ok().eTag(etag(version)).body(body);
    }

    /** The version an {@code If-Match} header asks for, or {@code null} when the client sent none (or {@code *}). */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            throw new InvalidValueException("If-Match", "If-Match must be a strong ETag such as \"3\"");
        }
        try {
            return Long.parseLong(tag.substring(1, tag.length() - 1));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("If-Match", "If-Match must be an ETag this service sent, such as \"3\"");
        }
    }
}
