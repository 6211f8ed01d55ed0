package dev.careshop.application.shop.user.service;

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
    private final Clock clock;

    public WritePostService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public Post write(WritePostCommand command) {
        User user = UserLoader.load(users, command.userId());
        Post post = user.writePost(command.content(), clock);
        users.appendPost(post);
        return post;
    }
}
