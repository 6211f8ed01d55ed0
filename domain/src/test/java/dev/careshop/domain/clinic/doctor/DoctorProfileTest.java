package dev.careshop.domain.clinic.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.domain.shared.EmailAddress;
import org.junit.jupiter.api.Test;

class DoctorProfileTest {

    private static final String NAME = "Gregory House";
    private static final String SPECIALIZATION = "Nephrology";
    private static final EmailAddress EMAIL = new EmailAddress("house@example.com");

    @Test
    void keepsEveryValidField() {
        DoctorProfile profile = new DoctorProfile(NAME, SPECIALIZATION, EMAIL);

        assertThat(profile.name()).isEqualTo(NAME);
        assertThat(profile.specialization()).isEqualTo(SPECIALIZATION);
        assertThat(profile.email()).isEqualTo(EMAIL);
    }

    @Test
    void emailIsOptional() {
        assertThat(new DoctorProfile(NAME, SPECIALIZATION, null).email()).isNull();
    }
}
