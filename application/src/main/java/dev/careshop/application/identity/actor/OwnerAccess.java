package dev.careshop.application.identity.actor;

import dev.careshop.domain.identity.Actor;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shared.NotPermittedException;
import dev.careshop.domain.shop.user.UserId;
import java.util.function.Supplier;

/**
 * How the use cases answer an actor about a record that belongs to a user (a user record, posts, orders), following
 * {@link Actor}'s rules. A record the actor may not read does not exist for them: the use case throws the very
 * {@link NotFoundException} a missing record gets, so that nobody learns which ids exist. A record the actor may read
 * but not change (staff and another user's record) is refused with {@link NotPermittedException}: its existence is no
 * secret to them, and "forbidden" tells them why.
 */
public final class OwnerAccess {

    private OwnerAccess() {
    }

    /** Throws {@code hidden} unless {@code actor} may read what {@code owner} owns. */
    public static void requireReadable(Actor actor, UserId owner, Supplier<NotFoundException> hidden) {
        if (!actor.mayRead(owner)) {
            throw hidden.get();
        }
    }

    /**
     * Throws {@code hidden} unless {@code actor} may read what {@code owner} owns, and {@link NotPermittedException}
     * unless they may also change it; {@code action} completes "only the owner or an administrator may ...".
     */
    public static void requireChangeable(Actor actor, UserId owner, Supplier<NotFoundException> hidden, String action) {
        requireReadable(actor, owner, hidden);
        if (!actor.mayChange(owner)) {
            throw new NotPermittedException("only the owner or an administrator may " + action);
        }
    }
}
