package dev.careshop.domain.shared;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Generates time-ordered UUIDs (RFC 9562 version 7). The domain assigns ids itself, so nothing waits for the
 * database; the leading timestamp keeps new rows at the right-hand end of B-tree indexes.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static UUID timeOrdered() {
        long millis = System.currentTimeMillis();
        long randomA = RANDOM.nextInt(1 << 12);
        long randomB = RANDOM.nextLong();
        long mostSignificant = (millis << 16) | (0x7L << 12) | randomA;
        long leastSignificant = (randomB & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant);
    }
}
