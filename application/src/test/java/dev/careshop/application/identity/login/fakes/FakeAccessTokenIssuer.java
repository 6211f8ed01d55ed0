package dev.careshop.application.identity.login.fakes;

import dev.careshop.application.identity.login.port.in.AccessToken;
import dev.careshop.application.identity.login.port.out.AccessTokenIssuerPort;
import dev.careshop.domain.identity.Actor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Issues readable stand-in tokens ({@code token-for:<user id>:<role>}) and remembers whom it issued them to. */
public final class FakeAccessTokenIssuer implements AccessTokenIssuerPort {

    public static final Duration TIME_TO_LIVE = Duration.ofMinutes(15);

    private final List<Actor> issuedTo = new ArrayList<>();

    @Override
    public AccessToken issue(Actor actor) {
        issuedTo.add(actor);
        return new AccessToken("token-for:" + actor.userId().value() + ":" + actor.role(), TIME_TO_LIVE);
    }

    public List<Actor> issuedTo() {
        return List.copyOf(issuedTo);
    }
}
