package dev.careshop.adapter.web.clinic.patient;

import dev.careshop.domain.clinic.patient.Gender;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Body of register (POST) and update (PUT, a full replacement) of a patient. */
@Schema(name = "PatientRequest")
public record PatientRequest(
        @Schema(example = "Ada Lovelace", maxLength = 100) @NotBlank @Size(max = 100) String name,
        @Schema(example = "1985-12-10", description = "not in the future, not before 1900-01-01")
        @NotNull @PastOrPresent LocalDate birthDate,
        @Schema(example = "FEMALE") @NotNull Gender gender,
        @Schema(example = "ada@example.org", nullable = true) @Email @Size(max = 254) String email,
        @Schema(example = "+44 20 7946 0000", nullable = true, maxLength = 30) @Size(max = 30) String phone) {
}
