package dev.careshop.domain.clinic.appointment;

import static dev.careshop.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PrescriptionDetailsTest {

    private static final String MEDICINE = "Amoxicillin";
    private static final String DOSAGE = "500 mg three times a day";
    private static final String INSTRUCTIONS = "Take with food for 7 days.";

    @Test
    void keepsEveryValidField() {
        PrescriptionDetails details = new PrescriptionDetails(MEDICINE, DOSAGE, INSTRUCTIONS);

        assertThat(details.medicineName()).isEqualTo(MEDICINE);
        assertThat(details.dosage()).isEqualTo(DOSAGE);
        assertThat(details.instructions()).isEqualTo(INSTRUCTIONS);
    }

    @Nested
    class MedicineName {

        @Test
        void isTrimmed() {
            assertThat(new PrescriptionDetails("  Amoxicillin ", DOSAGE, null).medicineName()).isEqualTo("Amoxicillin");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "\t\n"})
        void isRequired(String medicineName) {
            assertInvalid("medicineName", () -> new PrescriptionDetails(medicineName, DOSAGE, null));
        }

        @Test
        void accepts100Characters() {
            assertThat(new PrescriptionDetails("m".repeat(100), DOSAGE, null).medicineName()).hasSize(100);
        }

        @Test
        void refuses101Characters() {
            assertInvalid("medicineName", () -> new PrescriptionDetails("m".repeat(101), DOSAGE, null));
        }
    }

    @Nested
    class Dosage {

        @Test
        void isTrimmed() {
            assertThat(new PrescriptionDetails(MEDICINE, " 1 tablet ", null).dosage()).isEqualTo("1 tablet");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "\t\n"})
        void isRequired(String dosage) {
            assertInvalid("dosage", () -> new PrescriptionDetails(MEDICINE, dosage, null));
        }

        @Test
        void accepts50Characters() {
            assertThat(new PrescriptionDetails(MEDICINE, "d".repeat(50), null).dosage()).hasSize(50);
        }

        @Test
        void refuses51Characters() {
            assertInvalid("dosage", () -> new PrescriptionDetails(MEDICINE, "d".repeat(51), null));
        }
    }

    @Nested
    class Instructions {

        @Test
        void areOptional() {
            assertThat(new PrescriptionDetails(MEDICINE, DOSAGE, null).instructions()).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "\t\n"})
        void becomeNullWhenBlank(String instructions) {
            assertThat(new PrescriptionDetails(MEDICINE, DOSAGE, instructions).instructions()).isNull();
        }

        @Test
        void areTrimmed() {
            assertThat(new PrescriptionDetails(MEDICINE, DOSAGE, "\n Rest. \n").instructions()).isEqualTo("Rest.");
        }

        @Test
        void accept2000Characters() {
            assertThat(new PrescriptionDetails(MEDICINE, DOSAGE, "i".repeat(2000)).instructions()).hasSize(2000);
        }

        @Test
        void refuse2001Characters() {
            assertInvalid("instructions", () -> new PrescriptionDetails(MEDICINE, DOSAGE, "i".repeat(2001)));
        }
    }
}
