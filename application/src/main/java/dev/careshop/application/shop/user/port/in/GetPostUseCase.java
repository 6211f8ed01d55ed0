package dev.careshop.application.shop.user.port.in;

import dev.careshop.domain.shop.user.Post;
import dev.careshop.domain.shop.user.PostId;
import dev.careshop.domain.shop.user.UserId;

/** Reads one post, so that the {@code Location} of a written post can be followed. */
public interface GetPostUseCase {

    Post get(UserId userId, PostId postId);
}
