package dev.careshop.application.clinic.patient.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.application.clinic.ClinicFixture;
import dev.careshop.application.clinic.patient.port.in.GetPatientUseCase;
import dev.careshop.domain.clinic.patient.Patient;
import org.junit.jupiter.api.Test;

class GetPatientServiceTest {

    private final ClinicFixture clinic = new ClinicFixture();
    private final GetPatientUseCase getPatient = new GetPatientService(clinic.patients, clinic.recorder);

    @Test
    void answersTheStoredPatient() {
        Patient ada = clinic.patient("Ada Lovelace");
        clinic.patient("Grace Hopper");

        Patient found = getPatient.get(ada.getId());

        assertThat(found.getId()).isEqualTo(ada.getId());
        assertThat(found.getProfile()).isEqualTo(ada.getProfile());
        assertThat(found.getCreatedAt()).isEqualTo(ada.getCreatedAt());
        assertThat(found.getVersion()).isEqualTo(ada.getVersion());
    }
}
