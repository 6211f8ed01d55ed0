package dev.careshop.application.shop.user.service;

import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.user.port.in.RegisterUserCommand;
import dev.careshop.application.shop.user.port.in.RegisterUserUseCase;
import dev.careshop.application.shop.user.port.out.PasswordHasherPort;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserRepository;
import java.time.Clock;

@UseCase
public class RegisterUserService implements RegisterUserUseCase {

    private final UserRepository users;
    private final PasswordHasherPort passwordHasher;
    private final Clock clock;

    public RegisterUserService(UserRepository users, PasswordHasherPort passwordHasher, Clock clock) {
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.clock = clock;
    }

    @Override
    public User register(RegisterUserCommand command) {
        return users.save(User.register(command.profile(), passwordHasher.hash(command.password()), clock));
    }
}
