package dev.careshop.application.shop.user.service;

import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.user.port.in.ChangeUserActiveCommand;
import dev.careshop.application.shop.user.port.in.ChangeUserActiveUseCase;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserRepository;
import java.time.Clock;
import java.util.Set;

/** Activates or deactivates a user; the last active administrator cannot be deactivated (409). */
@UseCase
public class ChangeUserActiveService implements ChangeUserActiveUseCase {

    private final UserRepository users;
    private final Clock clock;

    public ChangeUserActiveService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public User changeActive(ChangeUserActiveCommand command) {
        User user = UserLoader.load(users, command.id());
        if (Administrators.isActiveAdministrator(user) && !command.active()) {
            Administrators.keepOneBesides(users, Set.of(user.getId()), "deactivating user " + user.getId());
        }
        return user.changeActive(command.active(), clock) ? users.save(user) : user;
    }
}
