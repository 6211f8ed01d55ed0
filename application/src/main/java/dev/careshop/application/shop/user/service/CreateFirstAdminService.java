package dev.careshop.application.shop.user.service;

import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.user.port.in.CreateFirstAdminCommand;
import dev.careshop.application.shop.user.port.in.CreateFirstAdminUseCase;
import dev.careshop.application.shop.user.port.out.PasswordHasherPort;
import dev.careshop.domain.shop.user.Role;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserRepository;
import java.time.Clock;

@UseCase
public class CreateFirstAdminService implements CreateFirstAdminUseCase {

    private final UserRepository users;
    private final PasswordHasherPort passwordHasher;
    private final Clock clock;

    public CreateFirstAdminService(UserRepository users, PasswordHasherPort passwordHasher, Clock clock) {
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.clock = clock;
    }

    @Override
    public boolean adminExists() {
        return users.existsActiveWithRole(Role.ADMIN);
    }

    @Override
    public FirstAdminOutcome createIfNoAdmin(CreateFirstAdminCommand command) {
        if (adminExists()) {
            return FirstAdminOutcome.ADMIN_EXISTS;
        }
        User admin = User.register(command.profile(), passwordHasher.hash(command.password()), clock);
        admin.changeRole(Role.ADMIN, clock);
        // A new user only: a taken username or e-mail fails here, and that account is left as it is.
        users.save(admin);
        return FirstAdminOutcome.CREATED;
    }
}
