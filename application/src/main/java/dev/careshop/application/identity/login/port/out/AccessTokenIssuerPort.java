package dev.careshop.application.identity.login.port.out;

import dev.careshop.application.identity.login.port.in.AccessToken;
import dev.careshop.domain.identity.Actor;

/** Signs access tokens that name the actor; how (and for how long) is the adapter's configuration. */
public interface AccessTokenIssuerPort {

    AccessToken issue(Actor actor);
}
