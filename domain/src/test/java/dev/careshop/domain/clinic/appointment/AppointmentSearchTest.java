package dev.careshop.domain.clinic.appointment;

import static dev.careshop.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AppointmentSearchTest {

    private static final Instant MONDAY = Instant.parse("2026-03-16T00:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-03-17T00:00:00Z");

    private static AppointmentSearch between(Instant from, Instant to) {
        return new AppointmentSearch(null, null, null, from, to);
    }

    @Test
    void acceptsFromBeforeTo() {
        AppointmentSearch search = between(MONDAY, TUESDAY);

        assertThat(search.from()).isEqualTo(MONDAY);
        assertThat(search.to()).isEqualTo(TUESDAY);
    }

    @Test
    void refusesFromEqualToTo() {
        assertInvalid("to", () -> between(MONDAY, MONDAY));
    }

    @Test
    void refusesFromAfterTo() {
        assertInvalid("to", () -> between(TUESDAY, MONDAY));
    }

    @Test
    void acceptsOnlyFrom() {
        assertThat(between(TUESDAY, null).from()).isEqualTo(TUESDAY);
    }

    @Test
    void acceptsOnlyTo() {
        assertThat(between(null, MONDAY).to()).isEqualTo(MONDAY);
    }

    @Test
    void acceptsNoFilterAtAll() {
        assertThat(new AppointmentSearch(null, null, null, null, null)).isNotNull();
    }
}
