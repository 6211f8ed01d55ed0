package dev.careshop.domain.clinic.patient;

import static dev.careshop.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.domain.shared.EmailAddress;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PatientProfileTest {

    private static final String NAME = "Ada Lovelace";
    private static final LocalDate BIRTH_DATE = LocalDate.of(1985, 12, 10);
    private static final EmailAddress EMAIL = new EmailAddress("ada@example.com");
    private static final String PHONE = "+44 20 7946 0000";

    private static PatientProfile withBirthDate(LocalDate birthDate) {
        return new PatientProfile(NAME, birthDate, Gender.FEMALE, EMAIL, PHONE);
    }

    private static PatientProfile withGender(Gender gender) {
        return new PatientProfile(NAME, BIRTH_DATE, gender, EMAIL, PHONE);
    }

    private static PatientProfile withEmail(EmailAddress email) {
        return new PatientProfile(NAME, BIRTH_DATE, Gender.FEMALE, email, PHONE);
    }

    @Test
    void keepsEveryValidField() {
        PatientProfile profile = new PatientProfile(NAME, BIRTH_DATE, Gender.FEMALE, EMAIL, PHONE);

        assertThat(profile.name()).isEqualTo(NAME);
        assertThat(profile.birthDate()).isEqualTo(BIRTH_DATE);
        assertThat(profile.gender()).isEqualTo(Gender.FEMALE);
        assertThat(profile.email()).isEqualTo(EMAIL);
        assertThat(profile.phone()).isEqualTo(PHONE);
    }

    @Nested
    class BirthDate {

        @Test
        void isRequired() {
            assertInvalid("birthDate", () -> withBirthDate(null));
        }

        @Test
        void accepts1900January1st() {
            assertThat(withBirthDate(LocalDate.of(1900, 1, 1)).birthDate()).isEqualTo(LocalDate.of(1900, 1, 1));
        }

        @Test
        void refusesDatesBefore1900() {
            assertInvalid("birthDate", () -> withBirthDate(LocalDate.of(1899, 12, 31)));
        }
    }

    @Nested
    class GenderField {

        @Test
        void isRequired() {
            assertInvalid("gender", () -> withGender(null));
        }

        @ParameterizedTest
        @EnumSource(Gender.class)
        void acceptsEveryFhirAdministrativeGender(Gender gender) {
            assertThat(withGender(gender).gender()).isEqualTo(gender);
        }

        @Test
        void offersExactlyTheFhirCodes() {
            assertThat(Gender.values()).extracting(Enum::name).containsExactly("FEMALE", "MALE", "OTHER", "UNKNOWN");
        }
    }

    @Nested
    class Email {

        @Test
        void isOptional() {
            assertThat(withEmail(null).email()).isNull();
        }
    }
}
