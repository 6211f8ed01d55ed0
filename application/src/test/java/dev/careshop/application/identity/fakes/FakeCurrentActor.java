package dev.careshop.application.identity.fakes;

import dev.careshop.application.identity.actor.port.out.CurrentActorPort;
import dev.careshop.domain.identity.Actor;
import dev.careshop.domain.shop.user.Role;
import dev.careshop.domain.shop.user.UserId;
import dev.careshop.domain.shop.user.Username;

/**
 * The signed-in user, as a test sets it. It starts as an administrator of its own (administrators may do everything,
 * so tests of what a use case does are not about who calls it); {@link #actAs} switches to anyone else.
 */
public final class FakeCurrentActor implements CurrentActorPort {

    private Actor actor = actor(UserId.newId(), Role.ADMIN);

    public static Actor actor(UserId id, Role role) {
        return new Actor(id, new Username("actor_" + role.name().toLowerCase(java.util.Locale.ROOT)), role);
    }

    /** From now on the use cases run for {@code id} with {@code role}. */
    public FakeCurrentActor actAs(UserId id, Role role) {
        actor = actor(id, role);
        return this;
    }

    /** Some other customer, staff member or administrator, with an id that owns nothing. */
    public FakeCurrentActor actAsSomeone(Role role) {
        return actAs(UserId.newId(), role);
    }

    @Override
    public Actor current() {
        return actor;
    }
}
