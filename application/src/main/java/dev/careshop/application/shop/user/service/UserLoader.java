package dev.careshop.application.shop.user.service;

import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserId;
import dev.careshop.domain.shop.user.UserRepository;

/** The one way the user services load a user that the client addressed: absent means 404. */
final class UserLoader {

    private UserLoader() {
    }

    static User load(UserRepository users, UserId id) {
        return users.findById(id).orElseThrow(() -> notFound(id));
    }

    static void requireExists(UserRepository users, UserId id) {
        if (!users.existsById(id)) {
            throw notFound(id);
        }
    }

    private static NotFoundException notFound(UserId id) {
        return new NotFoundException("user", id);
    }
}
