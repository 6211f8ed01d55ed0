package dev.careshop.application.clinic.appointment.service;

import static dev.careshop.application.clinic.ClinicFixture.CLOCK;
import static dev.careshop.application.clinic.ClinicFixture.LATER;
import static dev.careshop.application.clinic.ClinicFixture.LATER_CLOCK;
import static dev.careshop.application.clinic.ClinicFixture.MONDAY_9;
import static dev.careshop.application.clinic.ClinicFixture.NOW;
import static dev.careshop.application.clinic.ClinicFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.application.clinic.ClinicFixture;
import dev.careshop.application.clinic.appointment.port.in.WritePrescriptionCommand;
import dev.careshop.application.clinic.appointment.port.in.WritePrescriptionUseCase;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.AppointmentStatus;
import dev.careshop.domain.clinic.appointment.Prescription;
import dev.careshop.domain.clinic.appointment.PrescriptionDetails;
import dev.careshop.domain.clinic.appointment.PrescriptionNotAllowedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WritePrescriptionServiceTest {

    private static final PrescriptionDetails IBUPROFEN = new PrescriptionDetails("Ibuprofen", "400 mg", "After meals");
    private static final PrescriptionDetails AMOXICILLIN = new PrescriptionDetails("Amoxicillin", "500 mg", null);

    private final ClinicFixture clinic = new ClinicFixture();
    private final WritePrescriptionUseCase writePrescription = new WritePrescriptionService(clinic.appointments, LATER_CLOCK, clinic.recorder(LATER_CLOCK));

    private final Appointment visit = clinic.appointment(clinic.patient("Ada Lovelace"), clinic.doctor("Gregory House"),
            slot(MONDAY_9, 30));

    private Appointment stored() {
        return clinic.appointments.findById(visit.getId()).orElseThrow();
    }

    private void storeIn(AppointmentStatus status) {
        Appointment appointment = stored();
        if (status == AppointmentStatus.FULFILLED) {
            appointment.transitionTo(AppointmentStatus.ARRIVED, CLOCK);
        }
        appointment.transitionTo(status, CLOCK);
        clinic.appointments.save(appointment);
    }

    @Test
    void writesThePrescriptionIntoTheStoredAppointment() {
        Prescription written = writePrescription.write(new WritePrescriptionCommand(visit.getId(), IBUPROFEN));

        assertThat(written.details()).isEqualTo(IBUPROFEN);
        assertThat(stored().getPrescriptions()).containsExactly(written);
    }

    @Test
    void stampsThePrescriptionAndTheAppointmentWithTheServicesClock() {
        Prescription written = writePrescription.write(new WritePrescriptionCommand(visit.getId(), IBUPROFEN));

        assertThat(written.createdAt()).isEqualTo(LATER);
        assertThat(stored().getUpdatedAt()).isEqualTo(LATER);
        assertThat(stored().getCreatedAt()).isEqualTo(NOW);
        assertThat(stored().getVersion()).isEqualTo(1);
    }

    @Test
    void keepsEveryPrescriptionWrittenInOrder() {
        Prescription first = writePrescription.write(new WritePrescriptionCommand(visit.getId(), IBUPROFEN));
        Prescription second = writePrescription.write(new WritePrescriptionCommand(visit.getId(), AMOXICILLIN));

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(stored().getPrescriptions()).containsExactly(first, second);
    }

    @Test
    void aFulfilledAppointmentStillTakesPrescriptions() {
        storeIn(AppointmentStatus.FULFILLED);

        Prescription written = writePrescription.write(new WritePrescriptionCommand(visit.getId(), IBUPROFEN));

        assertThat(stored().getPrescriptions()).containsExactly(written);
    }

    @ParameterizedTest
    @EnumSource(names = {"CANCELLED", "NOSHOW"})
    void aCancelledOrMissedAppointmentRefusesPrescriptionsAndStaysUnchanged(AppointmentStatus status) {
        storeIn(status);
        long versionBefore = stored().getVersion();

        assertThatExceptionOfType(PrescriptionNotAllowedException.class)
                .isThrownBy(() -> writePrescription.write(new WritePrescriptionCommand(visit.getId(), IBUPROFEN)));

        assertThat(stored().getPrescriptions()).isEmpty();
        assertThat(stored().getVersion()).isEqualTo(versionBefore);
    }
}
