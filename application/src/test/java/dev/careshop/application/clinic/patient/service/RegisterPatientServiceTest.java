package dev.careshop.application.clinic.patient.service;

import static dev.careshop.application.clinic.ClinicFixture.CLOCK;
import static dev.careshop.application.clinic.ClinicFixture.NOW;
import static dev.careshop.application.clinic.ClinicFixture.patientProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.application.clinic.ClinicFixture;
import dev.careshop.application.clinic.patient.port.in.RegisterPatientCommand;
import dev.careshop.application.clinic.patient.port.in.RegisterPatientUseCase;
import dev.careshop.domain.clinic.patient.Gender;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.clinic.patient.PatientProfile;
import dev.careshop.domain.shared.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegisterPatientServiceTest {

    private final ClinicFixture clinic = new ClinicFixture();
    private final RegisterPatientUseCase registerPatient = new RegisterPatientService(clinic.patients, CLOCK, clinic.recorder);

    @Test
    void storesTheNewPatientAndAnswersItAsStored() {
        PatientProfile profile = patientProfile("Ada Lovelace");

        Patient registered = registerPatient.register(new RegisterPatientCommand(profile));

        Patient stored = clinic.patients.findById(registered.getId()).orElseThrow();
        assertThat(stored.getProfile()).isEqualTo(profile);
        assertThat(stored.getVersion()).isZero();
        assertThat(registered.getProfile()).isEqualTo(profile);
        assertThat(registered.getVersion()).isZero();
        assertThat(clinic.patients.count()).isEqualTo(1);
    }

    @Test
    void stampsCreatedAndUpdatedAtWithTheServicesClock() {
        Patient registered = registerPatient.register(new RegisterPatientCommand(patientProfile("Ada Lovelace")));

        Patient stored = clinic.patients.findById(registered.getId()).orElseThrow();
        assertThat(stored.getCreatedAt()).isEqualTo(NOW);
        assertThat(stored.getUpdatedAt()).isEqualTo(NOW);
    }

    @Test
    void givesEveryPatientItsOwnId() {
        Patient first = registerPatient.register(new RegisterPatientCommand(patientProfile("Ada Lovelace")));
        Patient second = registerPatient.register(new RegisterPatientCommand(patientProfile("Ada Lovelace")));

        assertThat(first.getId()).isNotEqualTo(second.getId());
        assertThat(clinic.patients.count()).isEqualTo(2);
    }

    @Test
    void refusesABirthDateAfterTodayOnTheServicesClockAndStoresNothing() {
        // 2024-03-01 is in the past by the wall clock, but in the future by the service's clock (2024-02-29).
        PatientProfile unborn = patientProfile("Tomorrow's Child", LocalDate.of(2024, 3, 1), Gender.UNKNOWN);

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> registerPatient.register(new RegisterPatientCommand(unborn)))
                .satisfies(e -> assertThat(e.field()).isEqualTo("birthDate"));
        assertThat(clinic.patients.count()).isZero();
    }

    @Test
    void acceptsABirthDateOfTodayOnTheServicesClock() {
        PatientProfile newborn = patientProfile("Leap Day Baby", LocalDate.of(2024, 2, 29), Gender.OTHER);

        Patient registered = registerPatient.register(new RegisterPatientCommand(newborn));

        assertThat(clinic.patients.findById(registered.getId())).get()
                .extracting(p -> p.getProfile().birthDate()).isEqualTo(LocalDate.of(2024, 2, 29));
    }
}
