package dev.careshop.application.clinic.doctor.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.application.clinic.ClinicFixture;
import dev.careshop.application.clinic.doctor.port.in.GetDoctorUseCase;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.shared.NotFoundException;
import org.junit.jupiter.api.Test;

class GetDoctorServiceTest {

    private final ClinicFixture clinic = new ClinicFixture();
    private final GetDoctorUseCase getDoctor = new GetDoctorService(clinic.doctors);

    @Test
    void answersTheStoredDoctor() {
        Doctor house = clinic.doctor("Gregory House");
        clinic.doctor("James Wilson");

        Doctor found = getDoctor.get(house.getId());

        assertThat(found.getId()).isEqualTo(house.getId());
        assertThat(found.getProfile()).isEqualTo(house.getProfile());
        assertThat(found.getVersion()).isEqualTo(house.getVersion());
    }

    @Test
    void unknownIdIsNotFound() {
        clinic.doctor("Gregory House");
        DoctorId unknown = DoctorId.newId();

        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> getDoctor.get(unknown))
                .withMessageContaining("doctor")
                .withMessageContaining(unknown.toString());
    }
}
