package dev.careshop.adapter.web.clinic.doctor;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of register (POST) and update (PUT, a full replacement) of a doctor. */
@Schema(name = "DoctorRequest")
public record DoctorRequest(
        @Schema(example = "Gregory House", maxLength = 100) @NotBlank @Size(max = 100) String name,
        @Schema(example = "Diagnostics", maxLength = 100) @NotBlank @Size(max = 100) String specialization,
        @Schema(example = "house@example.org", nullable = true, description = "unique among doctors, case-insensitive")
        @Email @Size(max = 254) String email) {
}
