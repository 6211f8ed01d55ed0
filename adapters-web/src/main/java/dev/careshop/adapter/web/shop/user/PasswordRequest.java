package dev.careshop.adapter.web.shop.user;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of the password change. {@link #toString()} never shows the password. */
@Schema(name = "PasswordRequest")
public record PasswordRequest(
        @Schema(example = "correct horse battery staple", format = "password", minLength = 8, maxLength = 128,
                accessMode = Schema.AccessMode.WRITE_ONLY)
        @NotNull @Size(min = 8, max = 128) String password) {

    @Override
    public String toString() {
        return "PasswordRequest[password=****]";
    }
}
