package dev.careshop.application.shop.user.port.in;

import dev.careshop.domain.shop.user.PostContent;
import dev.careshop.domain.shop.user.UserId;
import java.util.Objects;

public record WritePostCommand(UserId userId, PostContent content) {

    public WritePostCommand {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(content, "content");
    }
}
