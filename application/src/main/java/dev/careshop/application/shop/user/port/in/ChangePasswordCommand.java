package dev.careshop.application.shop.user.port.in;

import dev.careshop.domain.shop.user.Password;
import dev.careshop.domain.shop.user.UserId;
import java.util.Objects;

/** Give a user a new password. {@link #toString()} leaves the password out. */
public record ChangePasswordCommand(UserId id, Password password) {

    public ChangePasswordCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "ChangePasswordCommand[id=" + id + ", password=****]";
    }
}
