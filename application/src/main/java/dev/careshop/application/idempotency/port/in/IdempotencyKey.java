package dev.careshop.application.idempotency.port.in;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * A client's {@code Idempotency-Key}, scoped to its user: one user's key never meets another's. Requests without a
 * signed-in user (signing up) share one anonymous scope, where only the same request can replay an answer, since the
 * request's fingerprint must match too.
 *
 * @param ownerId the signed-in user, or {@code null} for an anonymous request
 * @param value   1 to 255 printable ASCII characters, as the client sent them
 */
public record IdempotencyKey(UUID ownerId, String value) {

    public static final int MAX_LENGTH = 255;

    /** How long a key and its answer are kept (SPEC.md: 24 hours). */
    public static final Duration LIFETIME = Duration.ofHours(24);

    public IdempotencyKey {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("an idempotency key is 1 to 255 printable ASCII characters");
        }
    }

    public static boolean isWellFormed(String value) {
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }
}
