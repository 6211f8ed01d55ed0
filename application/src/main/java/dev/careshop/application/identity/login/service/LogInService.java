package dev.careshop.application.identity.login.service;

import dev.careshop.application.identity.login.port.in.LogInCommand;
import dev.careshop.application.identity.login.port.in.LogInUseCase;
import dev.careshop.application.identity.login.port.in.LoginOutcome;
import dev.careshop.application.identity.login.port.out.AccessTokenIssuerPort;
import dev.careshop.application.identity.login.port.out.LoginAttemptsPort;
import dev.careshop.application.identity.login.port.out.LoginCredentialsPort;
import dev.careshop.application.identity.login.port.out.LoginCredentialsPort.LoginCredentials;
import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.user.port.out.PasswordHasherPort;
import dev.careshop.domain.shared.InvalidValueException;
import dev.careshop.domain.shop.user.Password;
import dev.careshop.domain.shop.user.PasswordHash;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Logs a user in. Every attempt costs one password-hash verification, whether the login names a user or not, so the
 * answer's timing does not tell which accounts exist; and failures are counted per account in the database, so the
 * limit holds across instances.
 */
@UseCase
public class LogInService implements LogInUseCase {

    private final LoginCredentialsPort credentials;
    private final LoginAttemptsPort attempts;
    private final PasswordHasherPort passwordHasher;
    private final AccessTokenIssuerPort tokenIssuer;
    private final LoginThrottle throttle;
    private final Clock clock;
    /**
     * A hash of a random password, verified when the login names nobody: as slow as a real check, never a match. It is
     * made in the background: the first hash also loads the hashing library, half a second of the service's start.
     */
    private final CompletableFuture<PasswordHash> unknownUserHash;

    public LogInService(LoginCredentialsPort credentials, LoginAttemptsPort attempts, PasswordHasherPort passwordHasher,
                        AccessTokenIssuerPort tokenIssuer, LoginThrottle throttle, Clock clock) {
        this.credentials = credentials;
        this.attempts = attempts;
        this.passwordHasher = passwordHasher;
        this.tokenIssuer = tokenIssuer;
        this.throttle = throttle;
        this.clock = clock;
        this.unknownUserHash = CompletableFuture.supplyAsync(
                () -> passwordHasher.hash(new Password(UUID.randomUUID().toString())));
    }

    @Override
    public LoginOutcome logIn(LogInCommand command) {
        Optional<LoginCredentials> user = credentials.findByLogin(command.login());
        String key = user.map(found -> "user:" + found.actor().userId().value())
                .orElseGet(() -> "login:" + command.login().toLowerCase(Locale.ROOT));
        attempts.lock(key);

        Instant now = clock.instant();
        Instant windowStart = now.minus(throttle.window());
        List<Instant> failures = attempts.failuresSince(key, windowStart, throttle.maxFailures());
        if (failures.size() >= throttle.maxFailures()) {
            // The oldest of the last maxFailures failures leaves the window first; then one attempt is allowed again.
            Instant oldestCounted = failures.get(throttle.maxFailures() - 1);
            return new LoginOutcome.Throttled(Duration.between(now, oldestCounted.plus(throttle.window())));
        }

        if (passwordMatches(user, command.password()) && user.get().active()) {
            attempts.clearFailures(key);
            return new LoginOutcome.Authenticated(tokenIssuer.issue(user.get().actor()));
        }
        attempts.recordFailure(key, now);
        attempts.forgetFailuresBefore(windowStart);
        return new LoginOutcome.Refused();
    }

    /** One hash verification in every case: against the user's hash, or against a dummy one that never matches. */
    private boolean passwordMatches(Optional<LoginCredentials> user, String typed) {
        Optional<Password> password = asPassword(typed);
        if (user.isEmpty() || password.isEmpty()) {
            passwordHasher.matches(password.orElseGet(() -> new Password("not-the-password")), unknownUserHash.join());
            return false;
        }
        return passwordHasher.matches(password.get(), user.get().passwordHash());
    }

    /** A typed text that no password could be (too short, too long ...) cannot match; it is still checked for time's sake. */
    private static Optional<Password> asPassword(String typed) {
        try {
            return Optional.of(new Password(typed));
        } catch (InvalidValueException notAPassword) {
            return Optional.empty();
        }
    }
}
