package dev.careshop.application.identity.login.port.in;

import dev.careshop.domain.shared.Text;
import java.util.Objects;

/**
 * What the client typed: a username or an e-mail address (either matches, ignoring case) and a password. The password
 * is not checked against the password rules here: whatever it is, it is only ever compared with a stored hash.
 */
public record LogInCommand(String login, String password) {

    public LogInCommand {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(password, "password");
        // The login is looked up and may be stored as a throttling key: text PostgreSQL cannot hold is a 400, not a 500.
        // It is named "username", the field clients send.
        Text.storable("username", login);
    }

    @Override
    public String toString() {
        return "LogInCommand[login=" + login + ", password=****]";
    }
}
