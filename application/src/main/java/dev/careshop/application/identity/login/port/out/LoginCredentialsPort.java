package dev.careshop.application.identity.login.port.out;

import dev.careshop.domain.identity.Actor;
import dev.careshop.domain.shop.user.PasswordHash;
import java.util.Optional;

/** The little of a user that logging in needs. */
public interface LoginCredentialsPort {

    /** The user whose username or e-mail address is {@code login}, ignoring case. */
    Optional<LoginCredentials> findByLogin(String login);

    /** Who the user would act as, whether they may log in at all, and their password hash. */
    record LoginCredentials(Actor actor, boolean active, PasswordHash passwordHash) {
    }
}
