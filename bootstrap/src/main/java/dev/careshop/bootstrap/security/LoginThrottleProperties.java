package dev.careshop.bootstrap.security;

import dev.careshop.application.identity.login.service.LoginThrottle;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code careshop.login.*}: at most {@code maxFailures} failed logins per account within {@code window}. */
@ConfigurationProperties("careshop.login")
public record LoginThrottleProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window) {

    LoginThrottle toThrottle() {
        return new LoginThrottle(maxFailures, window);
    }
}
