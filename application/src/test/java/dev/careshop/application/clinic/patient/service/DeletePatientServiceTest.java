package dev.careshop.application.clinic.patient.service;

import static dev.careshop.application.clinic.ClinicFixture.MONDAY_9;
import static dev.careshop.application.clinic.ClinicFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.application.clinic.ClinicFixture;
import dev.careshop.application.clinic.patient.port.in.DeletePatientUseCase;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.patient.Patient;
import org.junit.jupiter.api.Test;

class DeletePatientServiceTest {

    private final ClinicFixture clinic = new ClinicFixture();
    private final DeletePatientUseCase deletePatient = new DeletePatientService(clinic.patients, clinic.recorder);

    @Test
    void theirAppointmentsGoWithThemOthersStay() {
        Patient ada = clinic.patient("Ada Lovelace");
        Patient grace = clinic.patient("Grace Hopper");
        Doctor house = clinic.doctor("Gregory House");
        Appointment adas = clinic.appointment(ada, house, slot(MONDAY_9, 30));
        Appointment graces = clinic.appointment(grace, house, slot(MONDAY_9.plusSeconds(3600), 30));

        deletePatient.delete(ada.getId());

        assertThat(clinic.appointments.findById(adas.getId())).isEmpty();
        assertThat(clinic.appointments.findById(graces.getId())).isPresent();
    }

}
