package dev.careshop.application.shop.user.port.in;

import dev.careshop.domain.shop.user.Password;
import dev.careshop.domain.shop.user.UserProfile;
import java.util.Objects;

/** Register a user: the profile and the password to hash. {@link #toString()} leaves the password out. */
public record RegisterUserCommand(UserProfile profile, Password password) {

    public RegisterUserCommand {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "RegisterUserCommand[profile=" + profile + ", password=****]";
    }
}
