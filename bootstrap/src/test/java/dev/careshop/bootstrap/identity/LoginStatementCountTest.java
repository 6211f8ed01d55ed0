package dev.careshop.bootstrap.identity;

import static dev.careshop.bootstrap.support.Json.postJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.Auth;
import dev.careshop.bootstrap.support.Body;
import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.bootstrap.support.UserApi;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * What a login costs, whatever the account has behind it: the login carries no token, so nothing is spent on
 * confirming one; the rest is the credentials, the account's lock and its recent failures, then one write.
 */
@DisplayName("POST /api/auth/token statement counts")
class LoginStatementCountTest extends HttpTest {

    private long statementsOfLogIn(String login, String password, ResultMatcher expected) throws Exception {
        return sqlStatements.count(() -> mvc.perform(postJson("/api/auth/token",
                        new Body().str("username", login).str("password", password).json()).with(Auth.anonymous()))
                .andExpect(expected));
    }

    @Test
    void aSuccessIsFourStatements() throws Exception {
        String username = UserApi.username("counted");
        new UserApi(mvc).user(username);

        assertThat(statementsOfLogIn(username, UserApi.PASSWORD, status().isOk()))
                .as("credentials, the account's lock, its recent failures, clearing them").isEqualTo(4);
    }

    @Test
    void aRefusalIsFiveStatementsForAKnownAndAnUnknownLogin() throws Exception {
        String username = UserApi.username("refused");
        new UserApi(mvc).user(username);

        assertThat(statementsOfLogIn(username, "not-the-password", status().isUnauthorized()))
                .as("credentials, lock, recent failures, record the failure, forget expired failures").isEqualTo(5);
        assertThat(statementsOfLogIn(UserApi.username("nobody"), "not-the-password", status().isUnauthorized()))
                .isEqualTo(5);
    }

    @Test
    void aThrottledAttemptIsThreeStatementsAndVerifiesNoPassword() throws Exception {
        String username = UserApi.username("throttled");
        new UserApi(mvc).user(username);
        for (int attempt = 0; attempt < 5; attempt++) {
            statementsOfLogIn(username, "not-the-password", status().isUnauthorized());
        }

        assertThat(statementsOfLogIn(username, UserApi.PASSWORD, status().isTooManyRequests()))
                .as("credentials, lock, recent failures; nothing is written").isEqualTo(3);
    }
}
