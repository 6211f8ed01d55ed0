package dev.careshop.application.clinic.appointment.service;

import static dev.careshop.application.clinic.ClinicFixture.CLOCK;
import static dev.careshop.application.clinic.ClinicFixture.MONDAY_9;
import static dev.careshop.application.clinic.ClinicFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.application.clinic.ClinicFixture;
import dev.careshop.application.clinic.appointment.port.in.GetAppointmentUseCase;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.Prescription;
import dev.careshop.domain.clinic.appointment.PrescriptionDetails;
import org.junit.jupiter.api.Test;

class GetAppointmentServiceTest {

    private final ClinicFixture clinic = new ClinicFixture();
    private final GetAppointmentUseCase getAppointment = new GetAppointmentService(clinic.appointments, clinic.recorder);

    @Test
    void answersTheStoredAppointmentWithItsPrescriptions() {
        Appointment visit = clinic.appointment(clinic.patient("Ada Lovelace"), clinic.doctor("Gregory House"), slot(MONDAY_9, 30));
        Prescription ibuprofen = visit.writePrescription(new PrescriptionDetails("Ibuprofen", "400 mg", null), CLOCK);
        clinic.appointments.save(visit);

        Appointment found = getAppointment.get(visit.getId());

        assertThat(found.getId()).isEqualTo(visit.getId());
        assertThat(found.getPatientId()).isEqualTo(visit.getPatientId());
        assertThat(found.getDoctorId()).isEqualTo(visit.getDoctorId());
        assertThat(found.getSlot()).isEqualTo(slot(MONDAY_9, 30));
        assertThat(found.getPrescriptions()).containsExactly(ibuprofen);
        assertThat(found.getVersion()).isEqualTo(1);
    }
}
