package dev.careshop.adapter.web.clinic.appointment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

@Schema(name = "Prescription")
public record PrescriptionResponse(
        @Schema(example = "0196a3c5-2c3d-7e4f-9051-6b7c8d9e0f1a") UUID id,
        @Schema(example = "Amoxicillin") String medicineName,
        @Schema(example = "500 mg three times a day") String dosage,
        @Schema(example = "Take with food for 7 days") String instructions,
        @Schema(example = "2026-11-24T09:20:00Z") Instant createdAt) {
}
