package dev.careshop.domain.shop.user;

import dev.careshop.domain.shared.EmailAddress;
import dev.careshop.domain.shared.Text;
import java.util.Objects;

/** Every field of a user that the user may set through create and update; role, active and password have their own operations. */
public record UserProfile(Username username, EmailAddress email, String fullName) {

    public static final int FULL_NAME_MAX = 100;

    public UserProfile {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(email, "email");
        fullName = Text.optional("fullName", fullName, FULL_NAME_MAX);
    }
}
