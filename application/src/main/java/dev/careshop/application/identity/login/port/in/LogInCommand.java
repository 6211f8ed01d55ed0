package dev.careshop.application.identity.login.port.in;

import java.util.Objects;

/**
 * What the client typed: a username or an e-mail address (either matches, ignoring case) and a password. The password
 * is not checked against the password rules here: whatever it is, it is only ever compared with a stored hash.
 */
public record LogInCommand(String login, String password) {

    public LogInCommand {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "LogInCommand[login=" + login + ", password=****]";
    }
}
