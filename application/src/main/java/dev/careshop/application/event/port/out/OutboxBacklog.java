package dev.careshop.application.event.port.out;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The events still waiting to be published: how many, and when the oldest of them happened ({@code null} when none
 * waits). Normally a handful, seconds old; a growing count or age means the broker or the relay is not keeping up.
 */
public record OutboxBacklog(long unpublished, Instant oldestOccurredAt) {

    public OutboxBacklog {
        if (unpublished < 0) {
            throw new IllegalArgumentException("unpublished must not be negative");
        }
        if ((unpublished == 0) != (oldestOccurredAt == null)) {
            throw new IllegalArgumentException("the oldest event's time is known exactly when an event waits");
        }
    }

    public static OutboxBacklog empty() {
        return new OutboxBacklog(0, null);
    }

    /** How long the oldest waiting event has waited; zero when none waits. */
    public Duration oldestAge(Clock clock) {
        return Optional.ofNullable(oldestOccurredAt)
                .map(oldest -> Duration.between(oldest, clock.instant()))
                .filter(age -> !age.isNegative())
                .orElse(Duration.ZERO);
    }

    public Optional<Instant> oldest() {
        return Optional.ofNullable(oldestOccurredAt);
    }
}
