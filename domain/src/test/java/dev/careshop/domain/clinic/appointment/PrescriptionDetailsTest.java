package dev.careshop.domain.clinic.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
