package dev.careshop.application.identity.actor.service;

import dev.careshop.application.identity.actor.port.in.ConfirmActorUseCase;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.identity.Actor;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserId;
import dev.careshop.domain.shop.user.UserRepository;
import java.util.Optional;

@UseCase(readOnly = true)
public class ConfirmActorService implements ConfirmActorUseCase {

    private final UserRepository users;

    public ConfirmActorService(UserRepository users) {
        this.users = users;
    }

    @Override
    public Optional<Actor> confirm(UserId userId) {
        return users.findById(userId)
                .filter(User::isActive)
                .map(user -> new Actor(user.getId(), user.getProfile().username(), user.getRole()));
    }
}
