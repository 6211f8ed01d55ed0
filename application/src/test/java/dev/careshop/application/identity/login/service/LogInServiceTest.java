package dev.careshop.application.identity.login.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.application.identity.login.fakes.CountingPasswordHasher;
import dev.careshop.application.identity.login.fakes.FakeAccessTokenIssuer;
import dev.careshop.application.identity.login.fakes.InMemoryLoginAttempts;
import dev.careshop.application.identity.login.fakes.SettableClock;
import dev.careshop.application.identity.login.fakes.UsersAsLoginCredentials;
import dev.careshop.application.identity.login.port.in.LogInCommand;
import dev.careshop.application.identity.login.port.in.LogInUseCase;
import dev.careshop.application.identity.login.port.in.LoginOutcome;
import dev.careshop.application.shop.user.UserFixture;
import dev.careshop.application.shop.user.fakes.InMemoryUserRepository;
import dev.careshop.domain.identity.Actor;
import dev.careshop.domain.shop.user.Password;
import dev.careshop.domain.shop.user.Role;
import dev.careshop.domain.shop.user.User;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LogInServiceTest {

    private static final String PASSWORD = "correct horse battery";
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_FAILURES = 5;

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryLoginAttempts attempts = new InMemoryLoginAttempts();
    private final CountingPasswordHasher hasher = new CountingPasswordHasher();
    private final FakeAccessTokenIssuer tokens = new FakeAccessTokenIssuer();
    private final SettableClock clock = new SettableClock(UserFixture.NOW);
    private final LogInUseCase logIn = new LogInService(new UsersAsLoginCredentials(users), attempts, hasher, tokens,
            new LoginThrottle(MAX_FAILURES, WINDOW), clock);

    private User user(String username) {
        return users.save(User.register(UserFixture.profile(username), hasher.hash(new Password(PASSWORD)), clock));
    }

    private User inactiveUser(String username) {
        User user = user(username);
        user.changeActive(false, clock);
        return users.save(user);
    }

    private LoginOutcome attempt(String login, String password) {
        return logIn.logIn(new LogInCommand(login, password));
    }

    private static String userKey(User user) {
        return "user:" + user.getId().value();
    }

    @Test
    void theRightPasswordIssuesATokenForTheUserAndClearsEarlierFailures() {
        User jane = user("jane");
        attempt("jane", "wrong password 1");
        attempt("jane", "wrong password 2");
        assertThat(attempts.failuresOf(userKey(jane))).isEqualTo(2);

        LoginOutcome outcome = attempt("jane", PASSWORD);

        assertThat(outcome).isInstanceOf(LoginOutcome.Authenticated.class);
        assertThat(((LoginOutcome.Authenticated) outcome).token().value()).isEqualTo("token-for:" + jane.getId().value() + ":CUSTOMER");
        assertThat(tokens.issuedTo()).containsExactly(new Actor(jane.getId(), jane.getProfile().username(), Role.CUSTOMER));
        assertThat(attempts.failuresOf(userKey(jane))).isZero();
    }

    @Test
    void theTokenNamesTheUsersCurrentRole() {
        User staff = user("sam");
        staff.changeRole(Role.STAFF, clock);
        users.save(staff);

        attempt("sam", PASSWORD);

        assertThat(tokens.issuedTo()).extracting(Actor::role).containsExactly(Role.STAFF);
    }

    @Test
    void aWrongPasswordIsRefusedAndRecordedAsAFailureOfThatUser() {
        User jane = user("jane");

        assertThat(attempt("jane", "not her password")).isInstanceOf(LoginOutcome.Refused.class);

        assertThat(attempts.failuresOf(userKey(jane))).isEqualTo(1);
        assertThat(tokens.issuedTo()).isEmpty();
    }

    @Test
    void anUnknownLoginAndAnInactiveUserAreRefusedExactlyLikeAWrongPassword() {
        user("jane");
        User gone = inactiveUser("gone");

        LoginOutcome wrongPassword = attempt("jane", "not her password");
        LoginOutcome unknown = attempt("nobody", PASSWORD);
        LoginOutcome inactive = attempt("gone", PASSWORD);

        assertThat(unknown).isEqualTo(wrongPassword).isInstanceOf(LoginOutcome.Refused.class);
        assertThat(inactive).isEqualTo(wrongPassword);
        assertThat(tokens.issuedTo()).isEmpty();
        assertThat(attempts.failuresOf(userKey(gone))).as("an inactive user's attempts count too").isEqualTo(1);
        assertThat(attempts.failuresOf("login:nobody")).as("an unknown login counts under its own name").isEqualTo(1);
    }

    @Test
    void everyAttemptCostsExactlyOneHashVerificationWhetherTheUserExistsOrNot() {
        user("jane");
        inactiveUser("gone");

        assertThat(verificationsFor("jane", PASSWORD)).as("success").isEqualTo(1);
        assertThat(verificationsFor("jane", "not her password")).as("wrong password").isEqualTo(1);
        assertThat(verificationsFor("nobody", PASSWORD)).as("unknown login").isEqualTo(1);
        assertThat(verificationsFor("gone", PASSWORD)).as("inactive user").isEqualTo(1);
        assertThat(verificationsFor("jane", "short")).as("a password too short to be anyone's").isEqualTo(1);
        assertThat(verificationsFor("jane", "x".repeat(129))).as("a password too long to be anyone's").isEqualTo(1);
        assertThat(verificationsFor("nobody", "")).as("an empty password for nobody").isEqualTo(1);
        assertThat(verificationsFor("jane", " ".repeat(10))).as("only white space").isEqualTo(1);
    }

    private int verificationsFor(String login, String password) {
        hasher.resetCount();
        attempt(login, password);
        return hasher.verifications();
    }

    @Test
    void aPasswordNoUserCouldHaveIsRefusedAndCountedEvenIfItWereStoredSomehow() {
        User jane = user("jane");

        assertThat(attempt("jane", "short")).isInstanceOf(LoginOutcome.Refused.class);

        assertThat(attempts.failuresOf(userKey(jane))).isEqualTo(1);
    }

    @Test
    void theSixthAttemptWithinTheWindowIsThrottledUntilTheOldestCountedFailureLeavesIt() {
        user("jane");
        // Five failures a minute apart: 10:15:30, 10:16:30, ... 10:19:30.
        for (int i = 0; i < MAX_FAILURES; i++) {
            assertThat(attempt("jane", "wrong password " + i)).isInstanceOf(LoginOutcome.Refused.class);
            clock.advance(Duration.ofMinutes(1));
        }
        Instant oldest = UserFixture.NOW;
        Instant now = clock.instant();

        LoginOutcome outcome = attempt("jane", "wrong password again");

        assertThat(outcome).isInstanceOf(LoginOutcome.Throttled.class);
        assertThat(((LoginOutcome.Throttled) outcome).retryAfter())
                .isEqualTo(Duration.between(now, oldest.plus(WINDOW)))
                .isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void whileThrottledEvenTheRightPasswordIsRefusedWithoutAnyHashVerificationOrNewFailure() {
        User jane = user("jane");
        failFiveTimes("jane");
        hasher.resetCount();

        LoginOutcome outcome = attempt("jane", PASSWORD);

        assertThat(outcome).isInstanceOf(LoginOutcome.Throttled.class);
        assertThat(hasher.verifications()).isZero();
        assertThat(tokens.issuedTo()).isEmpty();
        assertThat(attempts.failuresOf(userKey(jane))).as("a throttled attempt is not another failure").isEqualTo(MAX_FAILURES);
    }

    @Test
    void fourFailuresStillAllowTheRightPassword() {
        user("jane");
        for (int i = 0; i < MAX_FAILURES - 1; i++) {
            attempt("jane", "wrong password " + i);
        }

        assertThat(attempt("jane", PASSWORD)).isInstanceOf(LoginOutcome.Authenticated.class);
    }

    @Test
    void onceTheWindowHasPassedSinceTheOldestFailureTheRightPasswordWorksAgain() {
        user("jane");
        failFiveTimes("jane");

        clock.advance(WINDOW.minusSeconds(1));
        assertThat(attempt("jane", PASSWORD)).as("one second early").isInstanceOf(LoginOutcome.Throttled.class);
        assertThat(((LoginOutcome.Throttled) attempt("jane", PASSWORD)).retryAfter()).isEqualTo(Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(1));
        assertThat(attempt("jane", PASSWORD)).isInstanceOf(LoginOutcome.Authenticated.class);
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        User jane = user("jane");
        failFiveTimes("jane");
        clock.advance(WINDOW.plusSeconds(1));

        attempt("jane", "wrong once more");

        assertThat(attempts.failuresOf(userKey(jane))).as("the five old ones are deleted, the new one kept").isEqualTo(1);
    }

    @Test
    void theUsernameInAnyCaseAndTheEmailOfOneUserShareOneCount() {
        User jane = user("jane");
        attempt("jane", "wrong password 1");
        attempt("JANE", "wrong password 2");
        attempt("jane@example.org", "wrong password 3");
        attempt("Jane@Example.ORG", "wrong password 4");
        attempt("Jane", "wrong password 5");

        assertThat(attempts.counts()).containsOnlyKeys(userKey(jane));
        assertThat(attempt("jane@example.org", PASSWORD)).isInstanceOf(LoginOutcome.Throttled.class);
        assertThat(attempt("jAnE", PASSWORD)).isInstanceOf(LoginOutcome.Throttled.class);
    }

    @Test
    void anUnknownLoginIsThrottledByItsNameIgnoringCaseWithoutAnyHashVerification() {
        for (int i = 0; i < MAX_FAILURES; i++) {
            attempt(i % 2 == 0 ? "nobody" : "NoBody", "wrong password " + i);
        }
        hasher.resetCount();

        assertThat(attempt("NOBODY", PASSWORD)).isInstanceOf(LoginOutcome.Throttled.class);
        assertThat(hasher.verifications()).isZero();
        assertThat(attempts.counts()).containsOnlyKeys("login:nobody");
    }

    @Test
    void oneUsersFailuresDoNotThrottleAnother() {
        user("jane");
        user("john");
        failFiveTimes("jane");

        assertThat(attempt("john", PASSWORD)).isInstanceOf(LoginOutcome.Authenticated.class);
    }

    @Test
    void everyAttemptFirstLocksItsThrottlingKey() {
        User jane = user("jane");

        attempt("JANE@example.org", PASSWORD);
        attempt("Nobody", PASSWORD);

        assertThat(attempts.locked()).containsExactly(userKey(jane), "login:nobody");
    }

    private void failFiveTimes(String login) {
        for (int i = 0; i < MAX_FAILURES; i++) {
            assertThat(attempt(login, "wrong password " + i)).isInstanceOf(LoginOutcome.Refused.class);
        }
    }
}
