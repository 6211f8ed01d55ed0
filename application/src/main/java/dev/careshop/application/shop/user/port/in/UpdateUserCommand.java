package dev.careshop.application.shop.user.port.in;

import dev.careshop.domain.shop.user.UserId;
import dev.careshop.domain.shop.user.UserProfile;
import java.util.Objects;

/** Replace a user's profile; {@code expectedVersion} (from {@code If-Match}) is optional. */
public record UpdateUserCommand(UserId id, UserProfile profile, Long expectedVersion) {

    public UpdateUserCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
    }
}
