package dev.careshop.domain.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The fixed instants domain tests stamp with: {@code NOW} when an aggregate is made, {@code LATER} when it changes. */
public final class TestClock {

    public static final Instant NOW = Instant.parse("2026-03-15T09:30:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final Instant LATER = NOW.plusSeconds(3600);
    public static final Clock LATER_CLOCK = Clock.fixed(LATER, ZoneOffset.UTC);

    private TestClock() {
    }
}
