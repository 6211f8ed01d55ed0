package dev.careshop.adapter.web.clinic.appointment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

@Schema(name = "BookAppointmentRequest")
public record BookAppointmentRequest(
        @Schema(example = "0196a3c2-7f1e-7a7b-9c55-2f4b8d1e6a10") @NotNull UUID patientId,
        @Schema(example = "0196a3c3-0a1b-7c2d-8e3f-4a5b6c7d8e9f") @NotNull UUID doctorId,
        @Schema(example = "2026-11-24T09:00:00Z") @NotNull Instant startsAt,
        @Schema(example = "30", defaultValue = "30", minimum = "5", maximum = "480") @Min(5) @Max(480) Integer durationMinutes,
        @Schema(example = "Persistent cough", nullable = true) @Size(max = 500) String reason) {
}
