package dev.careshop.domain.clinic.doctor;

import dev.careshop.domain.shared.EmailAddress;
import dev.careshop.domain.shared.Text;

/** Every field of a doctor that a client may set, trimmed and checked. */
public record DoctorProfile(String name, String specialization, EmailAddress email) {

    public static final int NAME_MAX = 100;
    public static final int SPECIALIZATION_MAX = 100;

    public DoctorProfile {
        name = Text.required("name", name, NAME_MAX);
        specialization = Text.required("specialization", specialization, SPECIALIZATION_MAX);
    }
}
