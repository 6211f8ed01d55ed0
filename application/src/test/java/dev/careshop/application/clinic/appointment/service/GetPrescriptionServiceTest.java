package dev.careshop.application.clinic.appointment.service;

import static dev.careshop.application.clinic.ClinicFixture.CLOCK;
import static dev.careshop.application.clinic.ClinicFixture.MONDAY_9;
import static dev.careshop.application.clinic.ClinicFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.application.clinic.ClinicFixture;
import dev.careshop.application.clinic.appointment.port.in.GetPrescriptionUseCase;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.Prescription;
import dev.careshop.domain.clinic.appointment.PrescriptionDetails;
import dev.careshop.domain.clinic.appointment.PrescriptionId;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.shared.NotFoundException;
import org.junit.jupiter.api.Test;

class GetPrescriptionServiceTest {

    private final ClinicFixture clinic = new ClinicFixture();
    private final GetPrescriptionUseCase getPrescription = new GetPrescriptionService(clinic.appointments, clinic.recorder);

    private final Patient ada = clinic.patient("Ada Lovelace");
    private final Doctor house = clinic.doctor("Gregory House");
    private final Appointment visit = clinic.appointment(ada, house, slot(MONDAY_9, 30));
    private final Appointment otherVisit = clinic.appointment(ada, house, slot(MONDAY_9.plusSeconds(3600), 30));

    private Prescription prescribe(Appointment appointment, String medicine) {
        Appointment loaded = clinic.appointments.findById(appointment.getId()).orElseThrow();
        Prescription prescription = loaded.writePrescription(new PrescriptionDetails(medicine, "1 tablet", null), CLOCK);
        clinic.appointments.save(loaded);
        return prescription;
    }

    @Test
    void answersTheStoredPrescription() {
        prescribe(visit, "Ibuprofen");
        Prescription amoxicillin = prescribe(visit, "Amoxicillin");

        assertThat(getPrescription.get(visit.getId(), amoxicillin.id())).isEqualTo(amoxicillin);
    }


    @Test
    void unknownPrescriptionIsNotFound() {
        prescribe(visit, "Ibuprofen");
        PrescriptionId unknown = PrescriptionId.newId();

        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> getPrescription.get(visit.getId(), unknown))
                .withMessageContaining("prescription")
                .withMessageContaining(unknown.toString());
    }

    @Test
    void aPrescriptionOfAnotherAppointmentIsNotFoundUnderThisOne() {
        Prescription elsewhere = prescribe(otherVisit, "Ibuprofen");

        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> getPrescription.get(visit.getId(), elsewhere.id()))
                .withMessageContaining("prescription");
    }
}
