package dev.careshop.application.shop.user.service;

import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.user.port.in.ChangeUserRoleCommand;
import dev.careshop.application.shop.user.port.in.ChangeUserRoleUseCase;
import dev.careshop.domain.shop.user.Role;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserRepository;
import java.time.Clock;
import java.util.Set;

/** Sets a user's role; the last active administrator cannot be demoted (409). */
@UseCase
public class ChangeUserRoleService implements ChangeUserRoleUseCase {

    private final UserRepository users;
    private final Clock clock;

    public ChangeUserRoleService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public User changeRole(ChangeUserRoleCommand command) {
        User user = UserLoader.load(users, command.id());
        if (Administrators.isActiveAdministrator(user) && command.role() != Role.ADMIN) {
            Administrators.keepOneBesides(users, Set.of(user.getId()), "demoting user " + user.getId());
        }
        return user.changeRole(command.role(), clock) ? users.save(user) : user;
    }
}
