package dev.careshop.adapter.web.clinic.appointment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(name = "PrescriptionRequest")
public record PrescriptionRequest(
        @Schema(example = "Amoxicillin", maxLength = 100) @NotBlank @Size(max = 100) String medicineName,
        @Schema(example = "500 mg three times a day", maxLength = 50) @NotBlank @Size(max = 50) String dosage,
        @Schema(example = "Take with food for 7 days", nullable = true, maxLength = 2000) @Size(max = 2000) String instructions) {
}
