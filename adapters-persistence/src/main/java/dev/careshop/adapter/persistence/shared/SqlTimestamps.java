package dev.careshop.adapter.persistence.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants into and out of native SQL on {@code timestamptz} columns. Bound with their offset: a LocalDateTime or a
 * Timestamp would be read in the JVM's time zone.
 */
public final class SqlTimestamps {

    private SqlTimestamps() {
    }

    /** An instant as a parameter. */
    public static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A {@code timestamptz} column of a native query's row, which the driver answers as an OffsetDateTime or Instant. */
    public static Instant instant(Object column) {
        return column instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) column;
    }
}
