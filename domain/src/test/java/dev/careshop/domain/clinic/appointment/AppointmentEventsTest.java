package dev.careshop.domain.clinic.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.shared.event.DomainEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class AppointmentEventsTest {

    private static final Instant NOW = Instant.parse("2026-03-15T09:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Clock LATER = Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC);
    private static final PatientId PATIENT = new PatientId(UUID.randomUUID());
    private static final DoctorId DOCTOR = new DoctorId(UUID.randomUUID());
    private static final TimeSlot SLOT = new TimeSlot(Instant.parse("2026-03-16T10:00:00Z"), 45);

    @Test
    void bookingRaisesAppointmentBookedNamingPatientAndDoctorByIdOnly() {
        Appointment appointment = Appointment.book(PATIENT, DOCTOR, SLOT, "Sore throat", CLOCK);

        assertThat(appointment.takeEvents()).singleElement().isInstanceOfSatisfying(AppointmentBooked.class, booked -> {
            assertThat(booked).usingRecursiveComparison().ignoringFields("eventId").isEqualTo(new AppointmentBooked(
                    null, appointment.getId().value(), PATIENT.value(), DOCTOR.value(), SLOT.startsAt(), 45, NOW));
            assertThat(booked.aggregateType()).isEqualTo("Appointment");
            assertThat(booked.toString()).as("the reason for the visit stays inside").doesNotContain("Sore throat");
        });
        assertThat(appointment.takeEvents()).as("handed out once").isEmpty();
    }

    @Test
    void eachTransitionRaisesAppointmentStatusChangedFromAndTo() {
        Appointment appointment = Appointment.rehydrate(new AppointmentId(UUID.randomUUID()), PATIENT, DOCTOR, SLOT,
                null, AppointmentStatus.BOOKED, List.of(), NOW, NOW, 2);

        appointment.transitionTo(AppointmentStatus.ARRIVED, LATER);
        appointment.transitionTo(AppointmentStatus.FULFILLED, LATER);

        assertThat(appointment.takeEvents()).map(AppointmentStatusChanged.class::cast)
                .extracting(AppointmentStatusChanged::from, AppointmentStatusChanged::to, DomainEvent::occurredAt)
                .containsExactly(
                        Tuple.tuple(AppointmentStatus.BOOKED, AppointmentStatus.ARRIVED, LATER.instant()),
                        Tuple.tuple(AppointmentStatus.ARRIVED, AppointmentStatus.FULFILLED, LATER.instant()));
    }

    @Test
    void aRefusedTransitionRaisesNothing() {
        Appointment appointment = Appointment.book(PATIENT, DOCTOR, SLOT, null, CLOCK);
        appointment.takeEvents();

        assertThatExceptionOfType(IllegalStatusTransitionException.class)
                .isThrownBy(() -> appointment.transitionTo(AppointmentStatus.FULFILLED, LATER));

        assertThat(appointment.takeEvents()).isEmpty();
    }
}
