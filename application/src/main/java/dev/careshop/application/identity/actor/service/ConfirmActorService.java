package dev.careshop.application.identity.actor.service;

import dev.careshop.application.identity.actor.port.in.ConfirmActorUseCase;
import dev.careshop.application.identity.actor.port.out.LoadActorPort;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.identity.Actor;
import dev.careshop.domain.shop.user.UserId;
import java.util.Optional;

@UseCase(readOnly = true)
public class ConfirmActorService implements ConfirmActorUseCase {

    private final LoadActorPort actors;

    public ConfirmActorService(LoadActorPort actors) {
        this.actors = actors;
    }

    @Override
    public Optional<Actor> confirm(UserId userId) {
        return actors.loadActive(userId);
    }
}
