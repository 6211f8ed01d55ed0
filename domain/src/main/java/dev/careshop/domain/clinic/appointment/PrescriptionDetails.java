package dev.careshop.domain.clinic.appointment;

import dev.careshop.domain.shared.Text;

/** What a prescription says, trimmed and checked. */
public record PrescriptionDetails(String medicineName, String dosage, String instructions) {

    public static final int MEDICINE_NAME_MAX = 100;
    public static final int DOSAGE_MAX = 50;
    public static final int INSTRUCTIONS_MAX = 2000;

    public PrescriptionDetails {
        medicineName = Text.required("medicineName", medicineName, MEDICINE_NAME_MAX);
        dosage = Text.required("dosage", dosage, DOSAGE_MAX);
        instructions = Text.optional("instructions", instructions, INSTRUCTIONS_MAX);
    }
}
