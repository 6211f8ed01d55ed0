package dev.careshop.application.shop.user.service;

import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.user.port.in.ChangeUserRoleCommand;
import dev.careshop.application.shop.user.port.in.ChangeUserRoleUseCase;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserRepository;
import java.time.Clock;

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
        return user.changeRole(command.role(), clock) ? users.save(user) : user;
    }
}
