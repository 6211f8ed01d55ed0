package dev.careshop.application.clinic.appointment.service;

import static dev.careshop.application.clinic.ClinicFixture.CLOCK;
import static dev.careshop.application.clinic.ClinicFixture.LATER;
import static dev.careshop.application.clinic.ClinicFixture.LATER_CLOCK;
import static dev.careshop.application.clinic.ClinicFixture.MONDAY_9;
import static dev.careshop.application.clinic.ClinicFixture.NOW;
import static dev.careshop.application.clinic.ClinicFixture.slot;
import static dev.careshop.domain.clinic.appointment.AppointmentStatus.ARRIVED;
import static dev.careshop.domain.clinic.appointment.AppointmentStatus.BOOKED;
import static dev.careshop.domain.clinic.appointment.AppointmentStatus.CANCELLED;
import static dev.careshop.domain.clinic.appointment.AppointmentStatus.FULFILLED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.application.clinic.ClinicFixture;
import dev.careshop.application.clinic.appointment.port.in.BookAppointmentCommand;
import dev.careshop.application.clinic.appointment.port.in.ChangeAppointmentStatusCommand;
import dev.careshop.application.clinic.appointment.port.in.ChangeAppointmentStatusUseCase;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.AppointmentId;
import dev.careshop.domain.clinic.appointment.AppointmentStatus;
import dev.careshop.domain.clinic.appointment.IllegalStatusTransitionException;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.patient.Patient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChangeAppointmentStatusServiceTest {

    private final ClinicFixture clinic = new ClinicFixture();
    private final ChangeAppointmentStatusUseCase changeStatus =
            new ChangeAppointmentStatusService(clinic.appointments, LATER_CLOCK, clinic.recorder(LATER_CLOCK), clinic.events);

    private final Patient ada = clinic.patient("Ada Lovelace");
    private final Doctor house = clinic.doctor("Gregory House");
    private final Appointment visit = clinic.appointment(ada, house, slot(MONDAY_9, 30));

    private Appointment change(AppointmentId id, AppointmentStatus status) {
        return changeStatus.changeStatus(new ChangeAppointmentStatusCommand(id, status));
    }

    private Appointment stored() {
        return clinic.appointments.findById(visit.getId()).orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(names = {"ARRIVED", "CANCELLED", "NOSHOW"})
    void aBookedAppointmentMovesOnAndTheNewStatusIsStored(AppointmentStatus target) {
        Appointment changed = change(visit.getId(), target);

        assertThat(changed.getStatus()).isEqualTo(target);
        assertThat(stored().getStatus()).isEqualTo(target);
    }

    @Test
    void stampsUpdatedAtWithTheServicesClockAndBumpsTheVersion() {
        Appointment changed = change(visit.getId(), ARRIVED);

        assertThat(changed.getVersion()).isEqualTo(1);
        assertThat(stored().getVersion()).isEqualTo(1);
        assertThat(stored().getUpdatedAt()).isEqualTo(LATER);
        assertThat(stored().getCreatedAt()).isEqualTo(NOW);
    }

    @Test
    void followsTheWholeWayToFulfilled() {
        change(visit.getId(), ARRIVED);
        change(visit.getId(), FULFILLED);

        assertThat(stored().getStatus()).isEqualTo(FULFILLED);
        assertThat(stored().getVersion()).isEqualTo(2);
    }

    @Test
    void anIllegalTransitionIsAConflictAndChangesNothing() {
        assertThatExceptionOfType(IllegalStatusTransitionException.class)
                .isThrownBy(() -> change(visit.getId(), FULFILLED));

        assertThat(stored().getStatus()).isEqualTo(BOOKED);
        assertThat(stored().getVersion()).isZero();
        assertThat(stored().getUpdatedAt()).isEqualTo(NOW);
    }

    @Test
    void aFinalStatusIsFinal() {
        change(visit.getId(), CANCELLED);

        assertThatExceptionOfType(IllegalStatusTransitionException.class)
                .isThrownBy(() -> change(visit.getId(), BOOKED));
        assertThat(stored().getStatus()).isEqualTo(CANCELLED);
    }

    @Test
    void cancellingFreesTheDoctorsTimeForAnotherBooking() {
        Patient grace = clinic.patient("Grace Hopper");
        BookAppointmentService booking =
                new BookAppointmentService(clinic.appointments, clinic.patients, clinic.doctors, CLOCK, clinic.recorder, clinic.events);

        change(visit.getId(), CANCELLED);
        Appointment rebooked = booking.book(new BookAppointmentCommand(grace.getId(), house.getId(), slot(MONDAY_9, 30), null));

        assertThat(clinic.appointments.findById(rebooked.getId())).isPresent();
    }
}
