package dev.careshop.application.clinic.appointment.service;

import static dev.careshop.application.clinic.ClinicFixture.MONDAY_9;
import static dev.careshop.application.clinic.ClinicFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.application.clinic.ClinicFixture;
import dev.careshop.application.clinic.appointment.port.in.DeleteAppointmentUseCase;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.shared.NotFoundException;
import org.junit.jupiter.api.Test;

class DeleteAppointmentServiceTest {

    private final ClinicFixture clinic = new ClinicFixture();
    private final DeleteAppointmentUseCase deleteAppointment = new DeleteAppointmentService(clinic.appointments, clinic.recorder);

    private final Patient ada = clinic.patient("Ada Lovelace");
    private final Doctor house = clinic.doctor("Gregory House");

    @Test
    void deletesTheAppointmentAndNoOtherOne() {
        Appointment first = clinic.appointment(ada, house, slot(MONDAY_9, 30));
        Appointment second = clinic.appointment(ada, house, slot(MONDAY_9.plusSeconds(3600), 30));

        deleteAppointment.delete(first.getId());

        assertThat(clinic.appointments.findById(first.getId())).isEmpty();
        assertThat(clinic.appointments.findById(second.getId())).isPresent();
        assertThat(clinic.patients.existsById(ada.getId())).isTrue();
        assertThat(clinic.doctors.existsById(house.getId())).isTrue();
    }


    @Test
    void deletingTwiceIsNotFoundTheSecondTime() {
        Appointment visit = clinic.appointment(ada, house, slot(MONDAY_9, 30));
        deleteAppointment.delete(visit.getId());

        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> deleteAppointment.delete(visit.getId()));
    }

    @Test
    void theFreedSlotCanBeBookedAgain() {
        Appointment visit = clinic.appointment(ada, house, slot(MONDAY_9, 30));

        deleteAppointment.delete(visit.getId());
        Appointment again = clinic.appointment(ada, house, slot(MONDAY_9, 30));

        assertThat(clinic.appointments.findById(again.getId())).isPresent();
    }
}
