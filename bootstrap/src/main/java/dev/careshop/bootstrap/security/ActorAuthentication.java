package dev.careshop.bootstrap.security;

import dev.careshop.domain.identity.Actor;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** A request authenticated by a valid access token: the actor it names, with their role as the one authority. */
final class ActorAuthentication extends AbstractAuthenticationToken {

    private final Actor actor;
    private final transient Jwt token;

    ActorAuthentication(Actor actor, Jwt token) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())));
        this.actor = actor;
        this.token = token;
        setAuthenticated(true);
    }

    Actor actor() {
        return actor;
    }

    @Override
    public Object getPrincipal() {
        return actor;
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return actor.userId().value().toString();
    }
}
