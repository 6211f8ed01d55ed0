package dev.careshop.application.shop.user.service;

import dev.careshop.application.identity.actor.OwnerAccess;
import dev.careshop.domain.identity.Actor;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserId;
import dev.careshop.domain.shop.user.UserRepository;

/**
 * The one way the user services load a user that the client addressed: absent means 404, and so does a user the
 * acting user may not see (see {@link OwnerAccess}). Whether the actor may see a user is decided on the ids alone,
 * before anything is read, so the check costs no statement.
 */
final class UserLoader {

    private UserLoader() {
    }

    static User load(UserRepository users, UserId id) {
        return users.findById(id).orElseThrow(() -> notFound(id));
    }

    /** The user, when {@code actor} may read them. */
    static User loadToRead(UserRepository users, UserId id, Actor actor) {
        requireReadable(actor, id);
        return load(users, id);
    }

    /**
     * The user, when {@code actor} may change them: hidden (404) from those who may not read them, 403 for staff;
     * {@code action} completes "only the owner or an administrator may ...".
     */
    static User loadToChange(UserRepository users, UserId id, Actor actor, String action) {
        requireReadable(actor, id);
        User user = load(users, id);
        OwnerAccess.requireChangeable(actor, id, () -> notFound(id), action);
        return user;
    }

    static void requireExists(UserRepository users, UserId id) {
        if (!users.existsById(id)) {
            throw notFound(id);
        }
    }

    /** No statement: a user the actor may not read is answered exactly as a missing one. */
    static void requireReadable(Actor actor, UserId id) {
        OwnerAccess.requireReadable(actor, id, () -> notFound(id));
    }

    static NotFoundException notFound(UserId id) {
        return new NotFoundException("user", id);
    }
}
