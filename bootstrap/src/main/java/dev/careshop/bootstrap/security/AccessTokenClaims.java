package dev.careshop.bootstrap.security;

import dev.careshop.domain.identity.Actor;
import dev.careshop.domain.shop.user.Role;
import dev.careshop.domain.shop.user.UserId;
import dev.careshop.domain.shop.user.Username;
import java.util.UUID;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;

/**
 * The claims an access token carries, written and read in one place: {@code sub} is the user's id, {@code role} their
 * role and {@code preferred_username} (OpenID Connect's name for it) their username when the token was issued.
 */
final class AccessTokenClaims {

    static final String ROLE = "role";
    static final String USERNAME = "preferred_username";

    private AccessTokenClaims() {
    }

    static JwtClaimsSet.Builder write(JwtClaimsSet.Builder claims, Actor actor) {
        return claims.subject(actor.userId().value().toString())
                .claim(USERNAME, actor.username().value())
                .claim(ROLE, actor.role().name());
    }

    /**
     * The user the token was issued to: all a request takes from it, since the user's role and whether they may still
     * act are read afresh (ConfirmedActorConverter). Only called on tokens that {@link #validator()} accepted.
     */
    static UserId userId(Jwt jwt) {
        return new UserId(UUID.fromString(jwt.getSubject()));
    }

    /** The actor as the token names them when it was issued; a token that does not name one is refused. */
    private static Actor read(Jwt jwt) {
        return new Actor(userId(jwt), new Username(jwt.getClaimAsString(USERNAME)),
                Role.valueOf(jwt.getClaimAsString(ROLE)));
    }

    /** Refuses a token whose claims do not name an actor, so that reading them can never fail later. */
    static OAuth2TokenValidator<Jwt> validator() {
        return jwt -> {
            try {
                read(jwt);
                return OAuth2TokenValidatorResult.success();
            } catch (RuntimeException unreadable) {
                return OAuth2TokenValidatorResult.failure(
                        new OAuth2Error("invalid_token", "The token does not name a user and role", null));
            }
        };
    }
}
