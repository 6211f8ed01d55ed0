package dev.careshop.adapter.web.identity.login;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Credentials to exchange for a token. The limits only bound the work: any password that is not a user's is simply
 * wrong, so the password rules of sign-up are not repeated here (they would tell a guesser what cannot be right).
 */
public record TokenRequest(
        @Schema(description = "Username or e-mail address, ignoring case", example = "admin")
        @NotBlank @Size(max = 254) String username,
        @Schema(description = "The user's password", example = "change-me-now")
        @NotNull @Size(min = 1, max = 1024) String password) {

    @Override
    public String toString() {
        return "TokenRequest[username=" + username + ", password=****]";
    }
}
