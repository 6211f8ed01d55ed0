package dev.careshop.application.shop.user.service;

import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.user.port.in.ChangePasswordCommand;
import dev.careshop.application.shop.user.port.in.ChangePasswordUseCase;
import dev.careshop.application.shop.user.port.out.PasswordHasherPort;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserRepository;
import java.time.Clock;

@UseCase
public class ChangePasswordService implements ChangePasswordUseCase {

    private final UserRepository users;
    private final PasswordHasherPort passwordHasher;
    private final Clock clock;

    public ChangePasswordService(UserRepository users, PasswordHasherPort passwordHasher, Clock clock) {
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.clock = clock;
    }

    @Override
    public User changePassword(ChangePasswordCommand command) {
        User user = UserLoader.load(users, command.id());
        user.changePassword(passwordHasher.hash(command.password()), clock);
        return users.save(user);
    }
}
