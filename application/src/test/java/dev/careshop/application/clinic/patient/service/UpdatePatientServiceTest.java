package dev.careshop.application.clinic.patient.service;

import static dev.careshop.application.clinic.ClinicFixture.LATER;
import static dev.careshop.application.clinic.ClinicFixture.LATER_CLOCK;
import static dev.careshop.application.clinic.ClinicFixture.NOW;
import static dev.careshop.application.clinic.ClinicFixture.patientProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.application.clinic.ClinicFixture;
import dev.careshop.application.clinic.patient.port.in.UpdatePatientCommand;
import dev.careshop.application.clinic.patient.port.in.UpdatePatientUseCase;
import dev.careshop.domain.clinic.patient.Gender;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.clinic.patient.PatientProfile;
import dev.careshop.domain.shared.InvalidValueException;
import dev.careshop.domain.shared.StaleVersionException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UpdatePatientServiceTest {

    private static final PatientProfile RENAMED = patientProfile("Augusta Ada King", LocalDate.of(1985, 6, 15), Gender.FEMALE);

    private final ClinicFixture clinic = new ClinicFixture();
    private final UpdatePatientUseCase updatePatient = new UpdatePatientService(clinic.patients, LATER_CLOCK, clinic.recorder(LATER_CLOCK));

    @Test
    void replacesTheProfileAndPersistsIt() {
        Patient ada = clinic.patient("Ada Lovelace");

        Patient updated = updatePatient.update(new UpdatePatientCommand(ada.getId(), RENAMED, null));

        assertThat(updated.getProfile()).isEqualTo(RENAMED);
        assertThat(clinic.patients.findById(ada.getId())).get()
                .extracting(Patient::getProfile).isEqualTo(RENAMED);
    }

    @Test
    void bumpsTheVersionAndStampsUpdatedAtWithTheServicesClock() {
        Patient ada = clinic.patient("Ada Lovelace");

        Patient updated = updatePatient.update(new UpdatePatientCommand(ada.getId(), RENAMED, 0L));

        Patient stored = clinic.patients.findById(ada.getId()).orElseThrow();
        assertThat(updated.getVersion()).isEqualTo(1);
        assertThat(stored.getVersion()).isEqualTo(1);
        assertThat(stored.getUpdatedAt()).isEqualTo(LATER);
        assertThat(stored.getCreatedAt()).isEqualTo(NOW);
    }

    @Test
    void acceptsTheCurrentVersionAfterEarlierUpdates() {
        Patient ada = clinic.patient("Ada Lovelace");
        updatePatient.update(new UpdatePatientCommand(ada.getId(), RENAMED, 0L));

        Patient again = updatePatient.update(new UpdatePatientCommand(ada.getId(), patientProfile("Ada King"), 1L));

        assertThat(again.getVersion()).isEqualTo(2);
        assertThat(clinic.patients.findById(ada.getId())).get()
                .extracting(p -> p.getProfile().name()).isEqualTo("Ada King");
    }

    @Test
    void wrongExpectedVersionIsStaleAndChangesNothing() {
        Patient ada = clinic.patient("Ada Lovelace");

        assertThatExceptionOfType(StaleVersionException.class)
                .isThrownBy(() -> updatePatient.update(new UpdatePatientCommand(ada.getId(), RENAMED, 7L)));

        Patient stored = clinic.patients.findById(ada.getId()).orElseThrow();
        assertThat(stored.getProfile()).isEqualTo(ada.getProfile());
        assertThat(stored.getVersion()).isZero();
        assertThat(stored.getUpdatedAt()).isEqualTo(NOW);
    }


    @Test
    void refusesABirthDateAfterTodayOnTheServicesClock() {
        Patient ada = clinic.patient("Ada Lovelace");
        PatientProfile unborn = patientProfile("Ada Lovelace", LocalDate.of(2024, 3, 1), Gender.FEMALE);

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> updatePatient.update(new UpdatePatientCommand(ada.getId(), unborn, null)))
                .satisfies(e -> assertThat(e.field()).isEqualTo("birthDate"));
        assertThat(clinic.patients.findById(ada.getId())).get()
                .extracting(Patient::getProfile).isEqualTo(ada.getProfile());
    }
}
