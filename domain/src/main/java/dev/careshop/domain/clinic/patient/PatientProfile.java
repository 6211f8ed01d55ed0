package dev.careshop.domain.clinic.patient;

import dev.careshop.domain.shared.EmailAddress;
import dev.careshop.domain.shared.InvalidValueException;
import dev.careshop.domain.shared.Text;
import java.time.LocalDate;

/**
 * What a patient tells the clinic about themselves: every field a client may set. The compact constructor trims
 * and checks each field; whether the birth date lies in the future depends on the clock, so {@link Patient} checks it.
 */
public record PatientProfile(String name, LocalDate birthDate, Gender gender, EmailAddress email, String phone) {

    public static final int NAME_MAX = 100;
    public static final int PHONE_MAX = 30;
    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    public PatientProfile {
        name = Text.required("name", name, NAME_MAX);
        if (birthDate == null) {
            throw new InvalidValueException("birthDate", "birthDate is required");
        }
        if (birthDate.isBefore(EARLIEST_BIRTH_DATE)) {
            throw new InvalidValueException("birthDate", "birthDate must not be before " + EARLIEST_BIRTH_DATE);
        }
        if (gender == null) {
            throw new InvalidValueException("gender", "gender is required");
        }
        phone = Text.optional("phone", phone, PHONE_MAX);
    }
}
