package dev.careshop.adapter.web.clinic.patient;

import dev.careshop.domain.clinic.patient.Gender;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Patient")
public record PatientResponse(
        @Schema(example = "0196a3c2-7f1e-7a7b-9c55-2f4b8d1e6a10") UUID id,
        @Schema(example = "Ada Lovelace") String name,
        @Schema(example = "1985-12-10") LocalDate birthDate,
        @Schema(example = "40", description = "whole years, at today's date of the service's clock") int age,
        @Schema(example = "FEMALE") Gender gender,
        @Schema(example = "ada@example.org") String email,
        @Schema(example = "+44 20 7946 0000") String phone,
        @Schema(example = "2026-11-21T10:15:30Z") Instant createdAt,
        @Schema(example = "2026-11-21T10:15:30Z") Instant updatedAt,
        @Schema(example = "0") long version) {
}
