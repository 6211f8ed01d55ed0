package dev.careshop.application.shop.user.port.in;

import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shop.user.Post;
import dev.careshop.domain.shop.user.UserId;

public interface ListPostsUseCase {

    /** The user's posts, newest first; the user must exist. */
    Page<Post> list(UserId userId, PageRequest pageRequest);
}
