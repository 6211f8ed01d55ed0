package dev.careshop.application.identity.actor.port.out;

import dev.careshop.domain.identity.Actor;

/**
 * Who the use case runs for: the signed-in user of the current request. Use cases that decide by ownership ask this
 * port instead of taking the actor from the client, so no request body or path can claim to be somebody else.
 */
public interface CurrentActorPort {

    /**
     * The acting user.
     *
     * @throws IllegalStateException when nobody is signed in: the web layer lets only signed-in users reach the use
     *                               cases that ask, so this is a wiring mistake, never a client's
     */
    Actor current();
}
