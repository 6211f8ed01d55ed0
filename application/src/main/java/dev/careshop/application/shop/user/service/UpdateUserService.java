package dev.careshop.application.shop.user.service;

import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.user.port.in.UpdateUserCommand;
import dev.careshop.application.shop.user.port.in.UpdateUserUseCase;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserRepository;
import java.time.Clock;

@UseCase
public class UpdateUserService implements UpdateUserUseCase {

    private final UserRepository users;
    private final Clock clock;

    public UpdateUserService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public User update(UpdateUserCommand command) {
        User user = UserLoader.load(users, command.id());
        user.update(command.profile(), command.expectedVersion(), clock);
        return users.save(user);
    }
}
