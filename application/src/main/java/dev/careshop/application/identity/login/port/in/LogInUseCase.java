package dev.careshop.application.identity.login.port.in;

/** Exchanges a username (or e-mail) and password for a short-lived access token. */
public interface LogInUseCase {

    /**
     * Checks the credentials, unless too many recent attempts for the same account failed. A refusal is an outcome,
     * not an exception, because the failed attempt it records must be committed.
     */
    LoginOutcome logIn(LogInCommand command);
}
