package dev.careshop.application.shop.user.service;

import dev.careshop.application.identity.actor.port.out.CurrentActorPort;
import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.user.port.in.GetPostUseCase;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shop.user.Post;
import dev.careshop.domain.shop.user.PostId;
import dev.careshop.domain.shop.user.UserId;
import dev.careshop.domain.shop.user.UserRepository;

@UseCase(readOnly = true)
public class GetPostService implements GetPostUseCase {

    private final UserRepository users;
    private final CurrentActorPort currentActor;

    public GetPostService(UserRepository users, CurrentActorPort currentActor) {
        this.users = users;
        this.currentActor = currentActor;
    }

    /**
     * A post of another user, or of no user, is not found: the path names both. A user whose posts the actor may
     * not read is answered as a missing user.
     */
    @Override
    public Post get(UserId userId, PostId postId) {
        UserLoader.requireReadable(currentActor.current(), userId);
        return users.findPost(userId, postId).orElseThrow(() -> {
            UserLoader.requireExists(users, userId);
            return new NotFoundException("post", postId);
        });
    }
}
