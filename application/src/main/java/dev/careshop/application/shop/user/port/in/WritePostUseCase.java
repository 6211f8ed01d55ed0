package dev.careshop.application.shop.user.port.in;

import dev.careshop.domain.shop.user.Post;

public interface WritePostUseCase {

    /** A new post by an active user; the user's other posts are not loaded. */
    Post write(WritePostCommand command);
}
