package dev.careshop.application.identity.actor.port.in;

import dev.careshop.domain.identity.Actor;
import dev.careshop.domain.shop.user.UserId;
import java.util.Optional;

/**
 * Who the holder of a valid access token is now. A token proves who logged in and when; whether that user may still
 * act, and with which role, is read afresh for every request, so that deactivating a user or changing their role
 * takes effect at once rather than when their token expires.
 */
public interface ConfirmActorUseCase {

    /** The user as they are now, when they exist and are active; empty otherwise. */
    Optional<Actor> confirm(UserId userId);
}
