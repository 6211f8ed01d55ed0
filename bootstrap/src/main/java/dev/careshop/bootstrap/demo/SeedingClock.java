package dev.careshop.bootstrap.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The service's clock: the system clock for every thread but the one seeding the demo data, which sets the instant its
 * next use case should take as "now". So the demo's orders, appointments and registrations are dated months back while
 * going through the very use cases (and rules, events, access trail) a request would. Outside {@link #at}, and on every
 * other thread, it is exactly the clock it wraps; without demo data nothing ever calls {@link #at}, and the price is one
 * empty thread-local lookup per reading.
 */
public final class SeedingClock extends Clock {

    private final Clock system;
    private final ThreadLocal<Instant> seedingNow;

    public SeedingClock(Clock system) {
        this(system, new ThreadLocal<>());
    }

    private SeedingClock(Clock system, ThreadLocal<Instant> seedingNow) {
        this.system = Objects.requireNonNull(system, "system");
        this.seedingNow = seedingNow;
    }

    /**
     * Runs {@code work} on this thread with "now" at {@code instant} (cut to microseconds, PostgreSQL's precision,
     * like the service's clock), then restores the previous "now".
     */
    public <T> T at(Instant instant, Supplier<T> work) {
        Instant previous = seedingNow.get();
        seedingNow.set(instant.truncatedTo(ChronoUnit.MICROS));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                seedingNow.remove();
            } else {
                seedingNow.set(previous);
            }
        }
    }

    /** The real time, even on the seeding thread. */
    public Instant systemInstant() {
        return system.instant();
    }

    @Override
    public Instant instant() {
        Instant seeding = seedingNow.get();
        return seeding != null ? seeding : system.instant();
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    /** The same clock in another zone, still following the seeding thread (the reports read months in UTC this way). */
    @Override
    public Clock withZone(ZoneId zone) {
        return new SeedingClock(system.withZone(zone), seedingNow);
    }
}
