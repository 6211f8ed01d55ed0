package dev.careshop.application.clinic.doctor.service;

import static dev.careshop.application.clinic.ClinicFixture.CLOCK;
import static dev.careshop.application.clinic.ClinicFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.application.clinic.ClinicFixture;
import dev.careshop.application.clinic.doctor.port.in.RegisterDoctorCommand;
import dev.careshop.application.clinic.doctor.port.in.RegisterDoctorUseCase;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorProfile;
import dev.careshop.domain.shared.DuplicateValueException;
import dev.careshop.domain.shared.EmailAddress;
import org.junit.jupiter.api.Test;

class RegisterDoctorServiceTest {

    private static final DoctorProfile HOUSE =
            new DoctorProfile("Gregory House", "Diagnostics", new EmailAddress("house@example.org"));

    private final ClinicFixture clinic = new ClinicFixture();
    private final RegisterDoctorUseCase registerDoctor = new RegisterDoctorService(clinic.doctors, CLOCK);

    @Test
    void storesTheNewDoctorAtVersionZero() {
        Doctor registered = registerDoctor.register(new RegisterDoctorCommand(HOUSE));

        Doctor stored = clinic.doctors.findById(registered.getId()).orElseThrow();
        assertThat(stored.getProfile()).isEqualTo(HOUSE);
        assertThat(stored.getVersion()).isZero();
        assertThat(registered.getProfile()).isEqualTo(HOUSE);
        assertThat(clinic.doctors.count()).isEqualTo(1);
    }

    @Test
    void stampsCreatedAndUpdatedAtWithTheServicesClock() {
        Doctor registered = registerDoctor.register(new RegisterDoctorCommand(HOUSE));

        Doctor stored = clinic.doctors.findById(registered.getId()).orElseThrow();
        assertThat(stored.getCreatedAt()).isEqualTo(NOW);
        assertThat(stored.getUpdatedAt()).isEqualTo(NOW);
    }

    @Test
    void anEmailAnotherDoctorHasIsRefusedIgnoringCase() {
        registerDoctor.register(new RegisterDoctorCommand(HOUSE));
        DoctorProfile impostor = new DoctorProfile("Greg House", "Nephrology", new EmailAddress("HOUSE@Example.org"));

        assertThatExceptionOfType(DuplicateValueException.class)
                .isThrownBy(() -> registerDoctor.register(new RegisterDoctorCommand(impostor)))
                .satisfies(e -> assertThat(e.field()).isEqualTo("email"));
        assertThat(clinic.doctors.count()).isEqualTo(1);
    }

    @Test
    void doctorsWithoutEmailDoNotClash() {
        registerDoctor.register(new RegisterDoctorCommand(new DoctorProfile("James Wilson", "Oncology", null)));
        registerDoctor.register(new RegisterDoctorCommand(new DoctorProfile("Lisa Cuddy", "Endocrinology", null)));

        assertThat(clinic.doctors.count()).isEqualTo(2);
    }
}
