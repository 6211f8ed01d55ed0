package dev.careshop.application.shop.user.service;

import dev.careshop.application.identity.actor.port.out.CurrentActorPort;
import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.user.port.in.GetUserUseCase;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserId;
import dev.careshop.domain.shop.user.UserRepository;

@UseCase(readOnly = true)
public class GetUserService implements GetUserUseCase {

    private final UserRepository users;
    private final CurrentActorPort currentActor;

    public GetUserService(UserRepository users, CurrentActorPort currentActor) {
        this.users = users;
        this.currentActor = currentActor;
    }

    @Override
    public User get(UserId id) {
        return UserLoader.loadToRead(users, id, currentActor.current());
    }
}
