package dev.careshop.adapter.web.shop.user;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of register (POST). {@code role} and {@code active} are not properties of it: sending them is a 400, they
 * change only through their own operations. {@link #toString()} never shows the password.
 */
@Schema(name = "CreateUserRequest")
public record CreateUserRequest(
        @Schema(example = "jane.doe", minLength = 3, maxLength = 50, pattern = UserRequests.USERNAME_PATTERN,
                description = "unique, ignoring case")
        @NotNull @Pattern(regexp = UserRequests.USERNAME_PATTERN, message = UserRequests.USERNAME_MESSAGE) String username,
        @Schema(example = "jane.doe@example.org", maxLength = 254, description = "unique, ignoring case; stored lower-case")
        @NotBlank @Email @Size(max = 254) String email,
        @Schema(example = "Jane Doe", nullable = true, maxLength = 100) @Size(max = 100) String fullName,
        @Schema(example = "correct horse battery staple", format = "password", minLength = 8, maxLength = 128,
                accessMode = Schema.AccessMode.WRITE_ONLY, description = "stored only as a salted Argon2id hash; never answered")
        @NotNull @Size(min = 8, max = 128) String password) {

    @Override
    public String toString() {
        return "CreateUserRequest[username=" + username + ", email=" + email + ", fullName=" + fullName + ", password=****]";
    }
}
