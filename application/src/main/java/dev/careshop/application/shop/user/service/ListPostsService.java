package dev.careshop.application.shop.user.service;

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

    public ListPostsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public Page<Post> list(UserId userId, PageRequest pageRequest) {
        UserLoader.requireExists(users, userId);
        return users.findPosts(userId, pageRequest);
    }
}
