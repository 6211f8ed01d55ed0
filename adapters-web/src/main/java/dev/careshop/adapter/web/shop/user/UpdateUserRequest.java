package dev.careshop.adapter.web.shop.user;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of update (PUT, a full replacement of the profile). Password, role and active have their own operations:
 * sending any of them here is a 400.
 */
@Schema(name = "UpdateUserRequest")
public record UpdateUserRequest(
        @Schema(example = "jane.doe", minLength = 3, maxLength = 50, pattern = UserRequests.USERNAME_PATTERN,
                description = "unique, ignoring case")
        @NotNull @Pattern(regexp = UserRequests.USERNAME_PATTERN, message = UserRequests.USERNAME_MESSAGE) String username,
        @Schema(example = "jane.doe@example.org", maxLength = 254, description = "unique, ignoring case; stored lower-case")
        @NotBlank @Email @Size(max = 254) String email,
        @Schema(example = "Jane Doe", nullable = true, maxLength = 100) @Size(max = 100) String fullName) {
}
