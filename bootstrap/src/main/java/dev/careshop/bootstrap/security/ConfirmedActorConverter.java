package dev.careshop.bootstrap.security;

import dev.careshop.application.identity.actor.port.in.ConfirmActorUseCase;
import dev.careshop.bootstrap.transaction.RequestTransaction;
import dev.careshop.domain.identity.Actor;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Turns a valid token into the request's actor as the user is now: the token names the user; their role and whether
 * they may act at all are read afresh (one primary-key read per request), so a deactivated, deleted or demoted user's
 * token stops working, or loses its rights, on the very next request instead of when it expires. A token of a user
 * who may no longer act is refused like any invalid token (401).
 */
final class ConfirmedActorConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final ConfirmActorUseCase confirmActor;
    private final RequestTransaction requestTransaction;

    ConfirmedActorConverter(ConfirmActorUseCase confirmActor, RequestTransaction requestTransaction) {
        this.confirmActor = confirmActor;
        this.requestTransaction = requestTransaction;
    }

    /** The read begins the request's one transaction (see {@link RequestTransaction}), which the use case then ends. */
    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        Actor current = requestTransaction.begin(() -> confirmActor.confirm(AccessTokenClaims.userId(token)))
                .orElseThrow(() -> new InvalidBearerTokenException("The token's user is inactive or no longer exists"));
        return new ActorAuthentication(current, token);
    }
}
