package dev.careshop.adapter.web.shop.user;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of the password change: the new password, and the current one when users change their own (an administrator
 * setting another user's password leaves it out). {@link #toString()} never shows either.
 */
@Schema(name = "PasswordRequest")
public record PasswordRequest(
        @Schema(example = "correct horse battery staple", format = "password", minLength = 8, maxLength = 128,
                accessMode = Schema.AccessMode.WRITE_ONLY)
        @NotNull @Size(min = 8, max = 128) String password,
        @Schema(description = "Required when users change their own password (400 when missing, 403 when wrong); "
                + "not needed when an administrator sets another user's password.",
                example = "my old secret 123", format = "password", maxLength = 128, accessMode = Schema.AccessMode.WRITE_ONLY)
        @Size(max = 128) String currentPassword) {

    @Override
    public String toString() {
        return "PasswordRequest[password=****, currentPassword=****]";
    }
}
