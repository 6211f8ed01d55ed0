package dev.careshop.application.clinic.appointment.service;

import static dev.careshop.application.clinic.ClinicFixture.MONDAY_9;
import static dev.careshop.application.clinic.ClinicFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.application.clinic.ClinicFixture;
import dev.careshop.application.clinic.appointment.port.in.DeleteAppointmentUseCase;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.patient.Patient;
import org.junit.jupiter.api.Test;

class DeleteAppointmentServiceTest {

    private final ClinicFixture clinic = new ClinicFixture();
    private final DeleteAppointmentUseCase deleteAppointment = new DeleteAppointmentService(clinic.appointments, clinic.recorder);

    private final Patient ada = clinic.patient("Ada Lovelace");
    private final Doctor house = clinic.doctor("Gregory House");

    @Test
    void theFreedSlotCanBeBookedAgain() {
        Appointment visit = clinic.appointment(ada, house, slot(MONDAY_9, 30));

        deleteAppointment.delete(visit.getId());
        Appointment again = clinic.appointment(ada, house, slot(MONDAY_9, 30));

        assertThat(clinic.appointments.findById(again.getId())).isPresent();
    }
}
