package dev.careshop.adapter.web.clinic.access;

import dev.careshop.application.clinic.access.port.in.PatientAccessAction;
import dev.careshop.application.clinic.access.port.in.PatientAccessEntry;
import dev.careshop.domain.shop.user.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

@Schema(name = "PatientAccessEntry", description = "Who did what with a patient's data, and when.")
public record PatientAccessEntryResponse(
        @Schema(example = "0196a3c5-2c3d-7e4f-9051-6b7c8d9e0f1a") UUID id,
        @Schema(example = "0196a3c5-1a2b-7c3d-8e4f-5a6b7c8d9e0f") UUID patientId,
        @Schema(description = "the user who acted", example = "0196a3c4-0f1e-7d2c-8b3a-495867a6b5c4") UUID actorId,
        @Schema(description = "their username when they acted", example = "nurse.joy") String actorUsername,
        @Schema(description = "their role when they acted", example = "STAFF") Role actorRole,
        @Schema(example = "PATIENT_READ") PatientAccessAction action,
        @Schema(description = "the appointment or prescription concerned; null for the patient or their whole history",
                example = "0196a3c5-3d4e-7f50-8162-7c8d9e0f1a2b") UUID resourceId,
        @Schema(example = "2026-11-24T09:20:00.123456Z") Instant occurredAt) {

    static PatientAccessEntryResponse of(PatientAccessEntry entry) {
        return new PatientAccessEntryResponse(entry.id(), entry.patientId().value(), entry.actor().userId().value(),
                entry.actor().username().value(), entry.actor().role(), entry.action(), entry.resourceId(),
                entry.occurredAt());
    }
}
