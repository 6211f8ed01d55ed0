package dev.careshop.adapter.web.identity.login;

import java.time.Duration;

/** Too many failed logins for the account: 429 with {@code Retry-After}. */
public class LoginThrottledException extends RuntimeException {

    private final long retryAfterSeconds;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed login attempts for this account; try again later.");
        // Whole seconds, rounded up: retrying a moment too early would only be refused again.
        this.retryAfterSeconds = Math.max(1, retryAfter.plusNanos(999_999_999).getSeconds());
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
