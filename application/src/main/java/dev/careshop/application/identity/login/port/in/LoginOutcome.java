package dev.careshop.application.identity.login.port.in;

import java.time.Duration;
import java.util.Objects;

/** How a login attempt ended. */
public sealed interface LoginOutcome {

    /** The credentials are right and the user is active. */
    record Authenticated(AccessToken token) implements LoginOutcome {

        public Authenticated {
            Objects.requireNonNull(token, "token");
        }
    }

    /**
     * Wrong password, unknown login or inactive user: deliberately one outcome, so that a client cannot tell which
     * accounts exist or are active.
     */
    record Refused() implements LoginOutcome {
    }

    /** Too many failed attempts for this account lately; the next attempt may be made after {@code retryAfter}. */
    record Throttled(Duration retryAfter) implements LoginOutcome {

        public Throttled {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }
}
