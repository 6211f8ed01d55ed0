package dev.careshop.domain.clinic.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AppointmentStatusTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "BOOKED,    BOOKED,    false",
            "BOOKED,    ARRIVED,   true",
            "BOOKED,    FULFILLED, false",
            "BOOKED,    CANCELLED, true",
            "BOOKED,    NOSHOW,    true",
            "ARRIVED,   BOOKED,    false",
            "ARRIVED,   ARRIVED,   false",
            "ARRIVED,   FULFILLED, true",
            "ARRIVED,   CANCELLED, true",
            "ARRIVED,   NOSHOW,    false",
            "FULFILLED, BOOKED,    false",
            "FULFILLED, ARRIVED,   false",
            "FULFILLED, FULFILLED, false",
            "FULFILLED, CANCELLED, false",
            "FULFILLED, NOSHOW,    false",
            "CANCELLED, BOOKED,    false",
            "CANCELLED, ARRIVED,   false",
            "CANCELLED, FULFILLED, false",
            "CANCELLED, CANCELLED, false",
            "CANCELLED, NOSHOW,    false",
            "NOSHOW,    BOOKED,    false",
            "NOSHOW,    ARRIVED,   false",
            "NOSHOW,    FULFILLED, false",
            "NOSHOW,    CANCELLED, false",
            "NOSHOW,    NOSHOW,    false"
    })
    void allowsOnlyTheFhirTransitions(AppointmentStatus from, AppointmentStatus to, boolean allowed) {
        assertThat(from.canBecome(to)).isEqualTo(allowed);
    }

    @Test
    void hasExactlyTheFiveFhirCodes() {
        assertThat(AppointmentStatus.values()).containsExactly(
                AppointmentStatus.BOOKED, AppointmentStatus.ARRIVED, AppointmentStatus.FULFILLED,
                AppointmentStatus.CANCELLED, AppointmentStatus.NOSHOW);
    }

    @ParameterizedTest
    @EnumSource(names = {"FULFILLED", "CANCELLED", "NOSHOW"})
    void finalStatusesHaveNoNextStatus(AppointmentStatus status) {
        assertThat(status.next()).isEmpty();
    }

    @ParameterizedTest(name = "{0} accepts prescriptions: {1}")
    @CsvSource({
            "BOOKED,    true",
            "ARRIVED,   true",
            "FULFILLED, true",
            "CANCELLED, false",
            "NOSHOW,    false"
    })
    void acceptsPrescriptionsUnlessCancelledOrNoShow(AppointmentStatus status, boolean accepts) {
        assertThat(status.acceptsPrescriptions()).isEqualTo(accepts);
    }
}
