package dev.careshop.domain.clinic.doctor;

import static dev.careshop.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.domain.shared.EmailAddress;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DoctorProfileTest {

    private static final String NAME = "Gregory House";
    private static final String SPECIALIZATION = "Nephrology";
    private static final EmailAddress EMAIL = new EmailAddress("house@example.com");

    private static DoctorProfile withName(String name) {
        return new DoctorProfile(name, SPECIALIZATION, EMAIL);
    }

    private static DoctorProfile withSpecialization(String specialization) {
        return new DoctorProfile(NAME, specialization, EMAIL);
    }

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

    @Nested
    class Name {

        @Test
        void isTrimmed() {
            assertThat(withName("  Gregory House \n").name()).isEqualTo("Gregory House");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "\t\n"})
        void isRequired(String name) {
            assertInvalid("name", () -> withName(name));
        }

        @Test
        void accepts100Characters() {
            assertThat(withName("a".repeat(100)).name()).hasSize(100);
        }

        @Test
        void refuses101Characters() {
            assertInvalid("name", () -> withName("a".repeat(101)));
        }
    }

    @Nested
    class Specialization {

        @Test
        void isTrimmed() {
            assertThat(withSpecialization(" Cardiology  ").specialization()).isEqualTo("Cardiology");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "\t\n"})
        void isRequired(String specialization) {
            assertInvalid("specialization", () -> withSpecialization(specialization));
        }

        @Test
        void accepts100Characters() {
            assertThat(withSpecialization("s".repeat(100)).specialization()).hasSize(100);
        }

        @Test
        void refuses101Characters() {
            assertInvalid("specialization", () -> withSpecialization("s".repeat(101)));
        }
    }
}
