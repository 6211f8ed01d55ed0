package dev.careshop.application.clinic.patient.service;

import static dev.careshop.application.clinic.ClinicFixture.LATER_CLOCK;
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
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UpdatePatientServiceTest {

    private final ClinicFixture clinic = new ClinicFixture();
    private final UpdatePatientUseCase updatePatient = new UpdatePatientService(clinic.patients, LATER_CLOCK, clinic.recorder(LATER_CLOCK));

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
