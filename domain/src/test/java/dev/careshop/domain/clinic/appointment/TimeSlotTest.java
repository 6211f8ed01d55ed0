package dev.careshop.domain.clinic.appointment;

import static dev.careshop.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeSlotTest {

    private static final Instant NINE = Instant.parse("2026-03-16T09:00:00Z");

    private static TimeSlot slot(int startMinute, int durationMinutes) {
        return new TimeSlot(NINE.plusSeconds(startMinute * 60L), durationMinutes);
    }

    @Test
    void keepsStartAndDuration() {
        TimeSlot slot = new TimeSlot(NINE, 45);

        assertThat(slot.startsAt()).isEqualTo(NINE);
        assertThat(slot.durationMinutes()).isEqualTo(45);
    }

    @Test
    void startsAtIsRequired() {
        assertInvalid("startsAt", () -> new TimeSlot(null, 30));
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 6, 30, 479, 480})
    void acceptsDurationFrom5To480Minutes(int minutes) {
        assertThat(new TimeSlot(NINE, minutes).durationMinutes()).isEqualTo(minutes);
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 481, 0, -30})
    void refusesDurationOutside5To480Minutes(int minutes) {
        assertInvalid("durationMinutes", () -> new TimeSlot(NINE, minutes));
    }

    @Test
    void defaultDurationIs30MinutesAndValid() {
        assertThat(new TimeSlot(NINE, TimeSlot.DEFAULT_MINUTES).endsAt()).isEqualTo(Instant.parse("2026-03-16T09:30:00Z"));
    }

    @Test
    void endsDurationAfterTheStart() {
        assertThat(new TimeSlot(NINE, 480).endsAt()).isEqualTo(Instant.parse("2026-03-16T17:00:00Z"));
    }

    @Nested
    class Overlaps {

        @ParameterizedTest(name = "[{0}, +{1}) and [{2}, +{3}) overlap: {4}")
        @CsvSource({
                "0,  30, 30, 30, false",
                "0,  30, 60, 30, false",
                "0,  30, 29, 30, true",
                "0,  30, 0,  30, true",
                "0,  30, 10, 5,  true",
                "0,  30, 25, 480, true",
                "0,  5,  5,  5,  false",
                "0,  480, 479, 5, true",
                "0,  480, 480, 5, false"
        })
        void usesHalfOpenRangesInBothDirections(int startA, int minutesA, int startB, int minutesB, boolean overlap) {
            TimeSlot a = slot(startA, minutesA);
            TimeSlot b = slot(startB, minutesB);

            assertThat(a.overlaps(b)).isEqualTo(overlap);
            assertThat(b.overlaps(a)).isEqualTo(overlap);
        }

        @Test
        void backToBackSlotsDoNotOverlap() {
            TimeSlot morning = new TimeSlot(NINE, 30);
            TimeSlot next = new TimeSlot(morning.endsAt(), 30);

            assertThat(morning.overlaps(next)).isFalse();
            assertThat(next.overlaps(morning)).isFalse();
        }

        @Test
        void oneSecondOfSharedTimeIsAnOverlap() {
            TimeSlot morning = new TimeSlot(NINE, 30);
            TimeSlot next = new TimeSlot(morning.endsAt().minusSeconds(1), 30);

            assertThat(morning.overlaps(next)).isTrue();
        }
    }
}
