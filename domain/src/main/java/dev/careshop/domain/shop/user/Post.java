package dev.careshop.domain.shop.user;

import java.time.Instant;
import java.util.Objects;

/**
 * A post a user wrote; it belongs to, and is written only through, its {@link User}. Posts never change once written,
 * and they go when their user goes.
 */
public record Post(PostId id, UserId userId, PostContent content, Instant createdAt) {

    public Post {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
