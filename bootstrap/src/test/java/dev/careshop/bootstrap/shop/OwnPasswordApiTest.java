package dev.careshop.bootstrap.shop;

import static dev.careshop.bootstrap.support.Json.putJson;
import static dev.careshop.bootstrap.support.ProblemExpectations.invalid;
import static dev.careshop.bootstrap.support.ProblemExpectations.notFound;
import static dev.careshop.bootstrap.support.ProblemExpectations.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.Auth;
import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.bootstrap.support.Identities.Identity;
import dev.careshop.bootstrap.support.Json;
import dev.careshop.bootstrap.support.UserApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * PUT /api/users/{id}/password: users changing their own password prove the current one (400 without it, 403 when
 * wrong); an administrator sets another user's without it; staff are refused, other customers told there is no such
 * user. No answer repeats a password.
 */
@DisplayName("PUT /api/users/{id}/password: the current password")
class OwnPasswordApiTest extends HttpTest {

    private static final String NEW_PASSWORD = "a-brand-new-secret-7";

    private Identity alice;

    @BeforeEach
    void alice() throws Exception {
        alice = identities().customer("alice");
    }

    private String path() {
        return "/api/users/" + alice.id() + "/password";
    }

    private static String body(String password, String currentPassword) {
        return "{\"password\": \"" + password + "\"" + (currentPassword == null ? "" : ", \"currentPassword\": \"" + currentPassword + "\"") + "}";
    }

    @Test
    void withTheRightCurrentPasswordTheUserChangesTheirOwn() throws Exception {
        mvc.perform(putJson(path(), body(NEW_PASSWORD, UserApi.PASSWORD)).with(Auth.as(alice.token())))
                .andExpect(status().isNoContent());

        assertThat(logsIn(alice.username(), NEW_PASSWORD)).isTrue();
        assertThat(logsIn(alice.username(), UserApi.PASSWORD)).isFalse();
    }

    @Test
    void withoutTheCurrentPasswordItIsABadRequest() throws Exception {
        String answer = Json.body(mvc.perform(putJson(path(), body(NEW_PASSWORD, null)).with(Auth.as(alice.token())))
                .andExpect(invalid(path(), "currentPassword")));

        assertThat(answer).doesNotContain(NEW_PASSWORD);
        assertThat(logsIn(alice.username(), UserApi.PASSWORD)).isTrue();
    }

    @Test
    void aWrongCurrentPasswordIsForbiddenAndRepeatsNeitherPassword() throws Exception {
        String wrong = "not-my-password-at-all";

        String answer = Json.body(mvc.perform(putJson(path(), body(NEW_PASSWORD, wrong)).with(Auth.as(alice.token())))
                .andExpect(problem(403, "forbidden", path())));

        assertThat(answer).doesNotContain(wrong).doesNotContain(NEW_PASSWORD).doesNotContain(UserApi.PASSWORD);
        assertThat(logsIn(alice.username(), UserApi.PASSWORD)).isTrue();
    }

    @Test
    void aCurrentPasswordThatCouldNeverBeOneIsSimplyWrong() throws Exception {
        mvc.perform(putJson(path(), body(NEW_PASSWORD, "short")).with(Auth.as(alice.token())))
                .andExpect(problem(403, "forbidden"));
        mvc.perform(putJson(path(), body(NEW_PASSWORD, "p".repeat(129))).with(Auth.as(alice.token())))
                .andExpect(invalid(path(), "currentPassword"));
    }

    @Test
    void anAdministratorSetsAnotherUsersPasswordWithoutTheirCurrentOne() throws Exception {
        mvc.perform(putJson(path(), body(NEW_PASSWORD, null))).andExpect(status().isNoContent());

        assertThat(logsIn(alice.username(), NEW_PASSWORD)).isTrue();
    }

    @Test
    void anAdministratorChangingTheirOwnPasswordProvesItToo() throws Exception {
        Identity admin = identities().admin("admin");
        String own = "/api/users/" + admin.id() + "/password";

        mvc.perform(putJson(own, body(NEW_PASSWORD, null)).with(Auth.as(admin.token()))).andExpect(invalid(own, "currentPassword"));
        mvc.perform(putJson(own, body(NEW_PASSWORD, UserApi.PASSWORD)).with(Auth.as(admin.token()))).andExpect(status().isNoContent());
        assertThat(logsIn(admin.username(), NEW_PASSWORD)).isTrue();
    }

    @Test
    void staffAreRefusedAndOtherCustomersToldThereIsNoSuchUser() throws Exception {
        Identity staff = identities().staff("staff");
        Identity bob = identities().customer("bob");

        mvc.perform(putJson(path(), body(NEW_PASSWORD, null)).with(Auth.as(staff.token()))).andExpect(problem(403, "forbidden"));
        mvc.perform(putJson(path(), body(NEW_PASSWORD, UserApi.PASSWORD)).with(Auth.as(bob.token()))).andExpect(notFound());

        assertThat(logsIn(alice.username(), UserApi.PASSWORD)).isTrue();
    }

    private boolean logsIn(String username, String password) throws Exception {
        int status = mvc.perform(Json.postJson("/api/auth/token",
                        "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}").with(Auth.anonymous()))
                .andReturn().getResponse().getStatus();
        assertThat(status).isIn(200, 401);
        return status == 200;
    }
}
