package dev.careshop.application.shop.user.service;

import dev.careshop.application.identity.actor.port.out.CurrentActorPort;
import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.user.port.in.UpdateUserCommand;
import dev.careshop.application.shop.user.port.in.UpdateUserUseCase;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserRepository;
import java.time.Clock;

@UseCase
public class UpdateUserService implements UpdateUserUseCase {

    private final UserRepository users;
    private final CurrentActorPort currentActor;
    private final Clock clock;

    public UpdateUserService(UserRepository users, CurrentActorPort currentActor, Clock clock) {
        this.users = users;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public User update(UpdateUserCommand command) {
        User user = UserLoader.loadToChange(users, command.id(), currentActor.current(), "change the profile of user " + command.id());
        user.update(command.profile(), command.expectedVersion(), clock);
        return users.save(user);
    }
}
