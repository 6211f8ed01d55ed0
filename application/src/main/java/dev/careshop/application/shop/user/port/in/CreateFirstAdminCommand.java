package dev.careshop.application.shop.user.port.in;

import dev.careshop.domain.shop.user.Password;
import dev.careshop.domain.shop.user.UserProfile;
import java.util.Objects;

public record CreateFirstAdminCommand(UserProfile profile, Password password) {

    public CreateFirstAdminCommand {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(password, "password");
    }
}
