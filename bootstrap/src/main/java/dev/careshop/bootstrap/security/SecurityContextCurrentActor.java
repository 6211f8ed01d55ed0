package dev.careshop.bootstrap.security;

import dev.careshop.application.identity.actor.port.out.CurrentActorPort;
import dev.careshop.domain.identity.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the current request, as the bearer-token filter authenticated it. */
class SecurityContextCurrentActor implements CurrentActorPort {

    @Override
    public Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof ActorAuthentication signedIn) {
            return signedIn.actor();
        }
        throw new IllegalStateException("No signed-in user: this use case must only be reachable with an access token");
    }
}
