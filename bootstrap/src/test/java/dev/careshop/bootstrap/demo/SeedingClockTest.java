package dev.careshop.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class SeedingClockTest {

    private static final Instant SYSTEM = Instant.parse("2026-12-06T10:00:00Z");
    private static final Instant PAST = Instant.parse("2025-07-01T08:30:00.123456789Z");

    private final SeedingClock clock = new SeedingClock(Clock.fixed(SYSTEM, ZoneOffset.UTC));

    @Test
    void isTheSystemClockOutsideASeedingStep() {
        assertThat(clock.instant()).isEqualTo(SYSTEM);
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void answersThePastInstantInsideAStepInMicroseconds() {
        Instant seen = clock.at(PAST, clock::instant);

        assertThat(seen).isEqualTo(Instant.parse("2025-07-01T08:30:00.123456Z"));
        assertThat(clock.instant()).isEqualTo(SYSTEM);
        assertThat(clock.at(PAST, clock::systemInstant)).isEqualTo(SYSTEM);
    }

    @Test
    void aCopyInAnotherZoneFollowsTheSeedingThreadToo() {
        Clock paris = clock.withZone(java.time.ZoneId.of("Europe/Paris"));

        assertThat(clock.at(PAST, paris::instant)).isEqualTo(Instant.parse("2025-07-01T08:30:00.123456Z"));
        assertThat(paris.instant()).isEqualTo(SYSTEM);
        assertThat(paris.getZone()).isEqualTo(java.time.ZoneId.of("Europe/Paris"));
    }

    @Test
    void otherThreadsKeepTheSystemTimeMeanwhile() {
        Instant seenElsewhere = clock.at(PAST, () -> CompletableFuture.supplyAsync(clock::instant).join());

        assertThat(seenElsewhere).isEqualTo(SYSTEM);
    }

    @Test
    void nestedStepsRestoreTheOuterInstantAndAFailureRestoresTheSystemTime() {
        Instant later = PAST.plusSeconds(60);
        Instant afterInner = clock.at(PAST, () -> {
            clock.at(later, clock::instant);
            return clock.instant();
        });
        assertThat(afterInner).isEqualTo(Instant.parse("2025-07-01T08:30:00.123456Z"));

        assertThatThrownBy(() -> clock.at(PAST, () -> {
            throw new IllegalStateException("refused");
        })).hasMessage("refused");
        assertThat(clock.instant()).isEqualTo(SYSTEM);
    }
}
