package dev.careshop.application.shop.user.service;

import dev.careshop.application.identity.actor.port.out.CurrentActorPort;
import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.user.port.in.ChangePasswordCommand;
import dev.careshop.application.shop.user.port.in.ChangePasswordUseCase;
import dev.careshop.application.shop.user.port.out.PasswordHasherPort;
import dev.careshop.domain.identity.Actor;
import dev.careshop.domain.shared.InvalidValueException;
import dev.careshop.domain.shared.NotPermittedException;
import dev.careshop.domain.shop.user.Password;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserRepository;
import java.time.Clock;

/**
 * Sets a user's password: one's own, proving it with the current password (so a token left in an unlocked browser
 * cannot take the account over), or, as an administrator, anyone else's without it. Staff may not set other users'
 * passwords (403); other customers do not see the user (404).
 */
@UseCase
public class ChangePasswordService implements ChangePasswordUseCase {

    static final String CURRENT_PASSWORD = "currentPassword";

    private final UserRepository users;
    private final PasswordHasherPort passwordHasher;
    private final CurrentActorPort currentActor;
    private final Clock clock;

    public ChangePasswordService(UserRepository users, PasswordHasherPort passwordHasher, CurrentActorPort currentActor,
                                 Clock clock) {
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public User changePassword(ChangePasswordCommand command) {
        Actor actor = currentActor.current();
        User user = UserLoader.loadToChange(users, command.id(), actor, "set the password of user " + command.id());
        if (actor.is(user.getId())) {
            requireCurrentPassword(user, command.currentPassword());
        }
        user.changePassword(passwordHasher.hash(command.password()), clock);
        return users.save(user);
    }

    private void requireCurrentPassword(User user, String currentPassword) {
        if (currentPassword == null) {
            throw new InvalidValueException(CURRENT_PASSWORD, "currentPassword is required to change your own password");
        }
        if (!matches(currentPassword, user)) {
            // Neither password is quoted: the message is the same whatever was sent.
            throw new NotPermittedException("currentPassword is not your current password");
        }
    }

    /** A value that breaks the password rules cannot be anyone's password, so it is simply wrong (and not hashed). */
    private boolean matches(String currentPassword, User user) {
        Password candidate;
        try {
            candidate = new Password(currentPassword);
        } catch (InvalidValueException notAPassword) {
            return false;
        }
        return passwordHasher.matches(candidate, user.getPasswordHash());
    }
}
