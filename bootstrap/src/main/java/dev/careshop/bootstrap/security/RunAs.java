package dev.careshop.bootstrap.security;

import dev.careshop.domain.identity.Actor;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work on this thread as a user, the way a request with that user's token would: the use cases ask
 * {@code CurrentActorPort} who is acting (for ownership checks and the patient access trail) and get this actor. For
 * work the service does by itself at start (the demo data), never for requests, whose actor comes from their token.
 */
public final class RunAs {

    private RunAs() {
    }

    public static <T> T actor(Actor actor, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext acting = SecurityContextHolder.createEmptyContext();
        acting.setAuthentication(new ActorAuthentication(actor, null));
        SecurityContextHolder.setContext(acting);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
