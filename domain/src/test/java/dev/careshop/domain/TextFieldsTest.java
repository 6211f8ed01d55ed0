package dev.careshop.domain;

import static dev.careshop.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import dev.careshop.domain.clinic.appointment.PrescriptionDetails;
import dev.careshop.domain.clinic.doctor.DoctorProfile;
import dev.careshop.domain.clinic.patient.Gender;
import dev.careshop.domain.clinic.patient.PatientProfile;
import dev.careshop.domain.shared.EmailAddress;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules every free-text field of the clinic's value objects shares, one row per field: the value is trimmed, its
 * length (at most {@code max}, counted after trimming) is checked, and a blank value is refused naming the field when
 * the field is required, or stored as {@code null} when it is optional. A new text field adds its row.
 */
class TextFieldsTest {

    private static final String[] BLANKS = {null, "", " ", "\t\n"};

    /**
     * @param field    the name an {@code InvalidValueException} gives
     * @param storedAs builds the value object with the given text in this field (every other field valid) and reads the
     *                 field back
     */
    record TextField(String field, int max, boolean required, Function<String, String> storedAs) {
    }

    static Stream<Named<TextField>> fields() {
        EmailAddress house = new EmailAddress("house@example.com");
        EmailAddress ada = new EmailAddress("ada@example.com");
        LocalDate birthDate = LocalDate.of(1985, 12, 10);
        return Stream.of(
                row("DoctorProfile.name", new TextField("name", 100, true,
                        name -> new DoctorProfile(name, "Nephrology", house).name())),
                row("DoctorProfile.specialization", new TextField("specialization", 100, true,
                        specialization -> new DoctorProfile("Gregory House", specialization, house).specialization())),
                row("PatientProfile.name", new TextField("name", 100, true,
                        name -> new PatientProfile(name, birthDate, Gender.FEMALE, ada, "+44 20 7946 0000").name())),
                row("PatientProfile.phone", new TextField("phone", 30, false,
                        phone -> new PatientProfile("Ada Lovelace", birthDate, Gender.FEMALE, ada, phone).phone())),
                row("PrescriptionDetails.medicineName", new TextField("medicineName", 100, true,
                        medicineName -> new PrescriptionDetails(medicineName, "500 mg", null).medicineName())),
                row("PrescriptionDetails.dosage", new TextField("dosage", 50, true,
                        dosage -> new PrescriptionDetails("Amoxicillin", dosage, null).dosage())),
                row("PrescriptionDetails.instructions", new TextField("instructions", 2000, false,
                        instructions -> new PrescriptionDetails("Amoxicillin", "500 mg", instructions).instructions())));
    }

    static Stream<Named<TextField>> requiredFields() {
        return fields().filter(field -> field.getPayload().required());
    }

    static Stream<Named<TextField>> optionalFields() {
        return fields().filter(field -> !field.getPayload().required());
    }

    private static Named<TextField> row(String name, TextField field) {
        return named(name, field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void isTrimmed(TextField field) {
        assertThat(field.storedAs().apply(" \t Rest. \n")).isEqualTo("Rest.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void acceptsFromOneToMaxCharactersCountedAfterTrimming(TextField field) {
        assertThat(field.storedAs().apply("a")).isEqualTo("a");
        assertThat(field.storedAs().apply("a".repeat(field.max()))).hasSize(field.max());
        assertThat(field.storedAs().apply("   " + "a".repeat(field.max()) + "   ")).hasSize(field.max());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void refusesOneCharacterMoreThanMaxNamingTheField(TextField field) {
        assertInvalid(field.field(), () -> field.storedAs().apply("a".repeat(field.max() + 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requiredFields")
    void aRequiredFieldRefusesNullAndBlankNamingTheField(TextField field) {
        Arrays.stream(BLANKS).forEach(blank -> assertInvalid(field.field(), () -> field.storedAs().apply(blank)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optionalFields")
    void anOptionalFieldStoresNullAndBlankAsNull(TextField field) {
        Arrays.stream(BLANKS).forEach(blank -> assertThat(field.storedAs().apply(blank)).as("'%s'", blank).isNull());
    }
}
