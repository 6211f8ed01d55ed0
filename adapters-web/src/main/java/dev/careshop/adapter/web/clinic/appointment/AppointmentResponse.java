package dev.careshop.adapter.web.clinic.appointment;

import dev.careshop.domain.clinic.appointment.AppointmentStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Appointment")
public record AppointmentResponse(
        @Schema(example = "0196a3c4-1b2c-7d3e-8f40-5a6b7c8d9e0f") UUID id,
        @Schema(example = "0196a3c2-7f1e-7a7b-9c55-2f4b8d1e6a10") UUID patientId,
        @Schema(example = "0196a3c3-0a1b-7c2d-8e3f-4a5b6c7d8e9f") UUID doctorId,
        @Schema(example = "2026-11-24T09:00:00Z") Instant startsAt,
        @Schema(example = "2026-11-24T09:30:00Z") Instant endsAt,
        @Schema(example = "30") int durationMinutes,
        @Schema(example = "Persistent cough") String reason,
        @Schema(example = "BOOKED") AppointmentStatus status,
        List<PrescriptionResponse> prescriptions,
        @Schema(example = "2026-11-21T10:15:30Z") Instant createdAt,
        @Schema(example = "2026-11-21T10:15:30Z") Instant updatedAt,
        @Schema(example = "0") long version) {
}
