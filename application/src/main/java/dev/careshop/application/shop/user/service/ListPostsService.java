package dev.careshop.application.shop.user.service;

import dev.careshop.application.identity.actor.port.out.CurrentActorPort;
import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.user.port.in.ListPostsUseCase;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shop.user.Post;
import dev.careshop.domain.shop.user.UserId;
import dev.careshop.domain.shop.user.UserRepository;

@UseCase(readOnly = true)
public class ListPostsService implements ListPostsUseCase {

    private final UserRepository users;
    private final CurrentActorPort currentActor;

    public ListPostsService(UserRepository users, CurrentActorPort currentActor) {
        this.users = users;
        this.currentActor = currentActor;
    }

    @Override
    public Page<Post> list(UserId userId, PageRequest pageRequest) {
        UserLoader.requireReadable(currentActor.current(), userId);
        UserLoader.requireExists(users, userId);
        return users.findPosts(userId, pageRequest);
    }
}
