package dev.careshop.application.shop.user.port.in;

import dev.careshop.domain.shop.user.Password;
import dev.careshop.domain.shop.user.UserId;
import java.util.Objects;

/**
 * Give a user a new password. {@code currentPassword} is the password as typed by a user changing their own (required
 * then, and checked against the stored hash); {@code null} when none was sent. {@link #toString()} leaves both out.
 */
public record ChangePasswordCommand(UserId id, Password password, String currentPassword) {

    public ChangePasswordCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(password, "password");
    }

    /** An administrator setting another user's password: no current password. */
    public ChangePasswordCommand(UserId id, Password password) {
        this(id, password, null);
    }

    @Override
    public String toString() {
        return "ChangePasswordCommand[id=" + id + ", password=****, currentPassword=" + (currentPassword == null ? "none" : "****") + "]";
    }
}
