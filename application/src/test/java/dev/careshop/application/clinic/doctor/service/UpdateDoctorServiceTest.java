package dev.careshop.application.clinic.doctor.service;

import static dev.careshop.application.clinic.ClinicFixture.LATER;
import static dev.careshop.application.clinic.ClinicFixture.LATER_CLOCK;
import static dev.careshop.application.clinic.ClinicFixture.NOW;
import static dev.careshop.application.clinic.ClinicFixture.doctorProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.application.clinic.ClinicFixture;
import dev.careshop.application.clinic.doctor.port.in.UpdateDoctorCommand;
import dev.careshop.application.clinic.doctor.port.in.UpdateDoctorUseCase;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorProfile;
import dev.careshop.domain.shared.StaleVersionException;
import org.junit.jupiter.api.Test;

class UpdateDoctorServiceTest {

    private static final DoctorProfile NEPHROLOGIST = doctorProfile("Gregory House", "Nephrology");

    private final ClinicFixture clinic = new ClinicFixture();
    private final UpdateDoctorUseCase updateDoctor = new UpdateDoctorService(clinic.doctors, LATER_CLOCK);

    @Test
    void replacesTheProfileAndPersistsIt() {
        Doctor house = clinic.doctor("Gregory House");

        Doctor updated = updateDoctor.update(new UpdateDoctorCommand(house.getId(), NEPHROLOGIST, null));

        assertThat(updated.getProfile()).isEqualTo(NEPHROLOGIST);
        assertThat(clinic.doctors.findById(house.getId())).get()
                .extracting(Doctor::getProfile).isEqualTo(NEPHROLOGIST);
    }

    @Test
    void bumpsTheVersionAndStampsUpdatedAtWithTheServicesClock() {
        Doctor house = clinic.doctor("Gregory House");

        Doctor updated = updateDoctor.update(new UpdateDoctorCommand(house.getId(), NEPHROLOGIST, 0L));

        Doctor stored = clinic.doctors.findById(house.getId()).orElseThrow();
        assertThat(updated.getVersion()).isEqualTo(1);
        assertThat(stored.getVersion()).isEqualTo(1);
        assertThat(stored.getUpdatedAt()).isEqualTo(LATER);
        assertThat(stored.getCreatedAt()).isEqualTo(NOW);
    }

    @Test
    void wrongExpectedVersionIsStaleAndChangesNothing() {
        Doctor house = clinic.doctor("Gregory House");
        updateDoctor.update(new UpdateDoctorCommand(house.getId(), doctorProfile("Gregory House", "Diagnostics"), null));

        // version is now 1; a client still holding version 0 must not overwrite the change
        assertThatExceptionOfType(StaleVersionException.class)
                .isThrownBy(() -> updateDoctor.update(new UpdateDoctorCommand(house.getId(), NEPHROLOGIST, 0L)));

        Doctor stored = clinic.doctors.findById(house.getId()).orElseThrow();
        assertThat(stored.getProfile().specialization()).isEqualTo("Diagnostics");
        assertThat(stored.getVersion()).isEqualTo(1);
    }
}
