package dev.careshop.application.identity.actor.port.out;

import dev.careshop.domain.identity.Actor;
import dev.careshop.domain.shop.user.UserId;
import java.util.Optional;

/**
 * The acting user as they are now, read on every request that carries a token: one narrow primary-key read of what an
 * {@link Actor} is (id, username, role), never the user's password hash or profile.
 */
public interface LoadActorPort {

    /** The user as an actor, if they exist and are active. */
    Optional<Actor> loadActive(UserId userId);
}
