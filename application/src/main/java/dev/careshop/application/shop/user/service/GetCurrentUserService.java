package dev.careshop.application.shop.user.service;

import dev.careshop.application.identity.actor.port.out.CurrentActorPort;
import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.user.port.in.GetCurrentUserUseCase;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserRepository;

@UseCase(readOnly = true)
public class GetCurrentUserService implements GetCurrentUserUseCase {

    private final UserRepository users;
    private final CurrentActorPort currentActor;

    public GetCurrentUserService(UserRepository users, CurrentActorPort currentActor) {
        this.users = users;
        this.currentActor = currentActor;
    }

    @Override
    public User current() {
        return UserLoader.load(users, currentActor.current().userId());
    }
}
