package dev.careshop.domain.clinic.appointment;

import dev.careshop.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;

/** When an appointment takes place: a start and a length of 5 to 480 minutes; it ends just before {@link #endsAt()}. */
public record TimeSlot(Instant startsAt, int durationMinutes) {

    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 480;
    public static final int DEFAULT_MINUTES = 30;

    public TimeSlot {
        if (startsAt == null) {
            throw new InvalidValueException("startsAt", "startsAt is required");
        }
        if (durationMinutes < MIN_MINUTES || durationMinutes > MAX_MINUTES) {
            throw new InvalidValueException("durationMinutes",
                    "durationMinutes must be between " + MIN_MINUTES + " and " + MAX_MINUTES);
        }
    }

    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(durationMinutes));
    }

    /** Half-open ranges: one slot may start exactly when another ends. */
    public boolean overlaps(TimeSlot other) {
        return startsAt.isBefore(other.endsAt()) && other.startsAt.isBefore(endsAt());
    }
}
