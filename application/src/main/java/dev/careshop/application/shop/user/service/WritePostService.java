package dev.careshop.application.shop.user.service;

import dev.careshop.application.identity.actor.port.out.CurrentActorPort;
import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.user.port.in.WritePostCommand;
import dev.careshop.application.shop.user.port.in.WritePostUseCase;
import dev.careshop.domain.shop.user.Post;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserRepository;
import java.time.Clock;

@UseCase
public class WritePostService implements WritePostUseCase {

    private final UserRepository users;
    private final CurrentActorPort currentActor;
    private final Clock clock;

    public WritePostService(UserRepository users, CurrentActorPort currentActor, Clock clock) {
        this.users = users;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public Post write(WritePostCommand command) {
        User user = UserLoader.loadToChange(users, command.userId(), currentActor.current(), "write posts as user " + command.userId());
        Post post = user.writePost(command.content(), clock);
        users.appendPost(post);
        return post;
    }
}
