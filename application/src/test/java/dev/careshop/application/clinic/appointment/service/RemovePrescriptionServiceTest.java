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
import dev.careshop.application.clinic.appointment.port.in.RemovePrescriptionUseCase;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.Prescription;
import dev.careshop.domain.clinic.appointment.PrescriptionDetails;
import dev.careshop.domain.clinic.appointment.PrescriptionId;
import dev.careshop.domain.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RemovePrescriptionServiceTest {

    private final ClinicFixture clinic = new ClinicFixture();
    private final RemovePrescriptionUseCase removePrescription = new RemovePrescriptionService(clinic.appointments, LATER_CLOCK, clinic.recorder(LATER_CLOCK));

    private final Appointment visit = clinic.appointment(clinic.patient("Ada Lovelace"), clinic.doctor("Gregory House"),
            slot(MONDAY_9, 30));
    private Prescription ibuprofen;
    private Prescription amoxicillin;
    private long versionWithBoth;

    @BeforeEach
    void prescribeTwo() {
        Appointment loaded = stored();
        ibuprofen = loaded.writePrescription(new PrescriptionDetails("Ibuprofen", "400 mg", null), CLOCK);
        amoxicillin = loaded.writePrescription(new PrescriptionDetails("Amoxicillin", "500 mg", null), CLOCK);
        versionWithBoth = clinic.appointments.save(loaded).getVersion();
    }

    private Appointment stored() {
        return clinic.appointments.findById(visit.getId()).orElseThrow();
    }

    @Test
    void removesThePrescriptionFromTheStoredAppointmentAndKeepsTheOthers() {
        removePrescription.remove(visit.getId(), ibuprofen.id());

        assertThat(stored().getPrescriptions()).containsExactly(amoxicillin);
    }

    @Test
    void stampsUpdatedAtWithTheServicesClockAndBumpsTheVersion() {
        removePrescription.remove(visit.getId(), ibuprofen.id());

        assertThat(stored().getUpdatedAt()).isEqualTo(LATER);
        assertThat(stored().getVersion()).isEqualTo(versionWithBoth + 1);
    }

    @Test
    void removingBothLeavesNone() {
        removePrescription.remove(visit.getId(), ibuprofen.id());
        removePrescription.remove(visit.getId(), amoxicillin.id());

        assertThat(stored().getPrescriptions()).isEmpty();
    }


    @Test
    void unknownPrescriptionIsNotFoundAndChangesNothing() {
        PrescriptionId unknown = PrescriptionId.newId();

        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> removePrescription.remove(visit.getId(), unknown))
                .withMessageContaining("prescription")
                .withMessageContaining(unknown.toString());
        assertThat(stored().getPrescriptions()).containsExactly(ibuprofen, amoxicillin);
        assertThat(stored().getVersion()).isEqualTo(versionWithBoth);
        assertThat(stored().getUpdatedAt()).isEqualTo(NOW);
    }

    @Test
    void removingTwiceIsNotFoundTheSecondTime() {
        removePrescription.remove(visit.getId(), ibuprofen.id());

        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> removePrescription.remove(visit.getId(), ibuprofen.id()));
        assertThat(stored().getPrescriptions()).containsExactly(amoxicillin);
    }
}
