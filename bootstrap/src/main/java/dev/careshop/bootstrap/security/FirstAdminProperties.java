package dev.careshop.bootstrap.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The administrator a fresh installation starts with ({@code careshop.bootstrap-admin.*}; application.yml maps
 * {@code CARESHOP_BOOTSTRAP_ADMIN_PASSWORD} onto the password). {@link #toString()} never shows the password.
 */
@ConfigurationProperties("careshop.bootstrap-admin")
public record FirstAdminProperties(@DefaultValue("admin") String username,
                                   @DefaultValue("admin@careshop.invalid") String email,
                                   String password) {

    boolean hasPassword() {
        return password != null && !password.isEmpty();
    }

    @Override
    public String toString() {
        return "FirstAdminProperties[username=" + username + ", email=" + email + ", password=****]";
    }
}
