package dev.careshop.application.identity.login.service;

import java.time.Duration;
import java.util.Objects;

/** At most {@code maxFailures} failed logins per account within any {@code window}; further attempts wait. */
public record LoginThrottle(int maxFailures, Duration window) {

    public LoginThrottle {
        Objects.requireNonNull(window, "window");
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a login throttle needs at least one failure and a positive window");
        }
    }
}
