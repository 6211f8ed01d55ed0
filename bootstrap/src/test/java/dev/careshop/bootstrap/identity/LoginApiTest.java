package dev.careshop.bootstrap.identity;

import static dev.careshop.bootstrap.support.Json.body;
import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.Json.read;
import static dev.careshop.bootstrap.support.ProblemExpectations.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.Auth;
import dev.careshop.bootstrap.support.Body;
import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.bootstrap.support.ProblemExpectations;
import dev.careshop.bootstrap.support.Identities.Identity;
import dev.careshop.bootstrap.support.Jwts;
import dev.careshop.bootstrap.support.UserApi;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/** POST /api/auth/token: what a successful login answers, and that every refusal looks the same. */
@DisplayName("Logging in")
class LoginApiTest extends HttpTest {

    private static final String TOKEN = "/api/auth/token";

    private UserApi users() {
        return new UserApi(mvc);
    }

    /** A login as a client sends it: no Authorization header. */
    private ResultActions logIn(String login, String password) throws Exception {
        return mvc.perform(postJson(TOKEN, new Body().str("username", login).str("password", password).json())
                .with(Auth.anonymous()));
    }

    private String tokenOf(ResultActions login) throws Exception {
        return read(body(login.andExpect(status().isOk())), "$.accessToken");
    }

    @Test
    void theRightPasswordAnswersAnUncacheableBearerTokenForFifteenMinutes() throws Exception {
        String name = UserApi.username("login");
        UUID id = users().user(name);

        MvcResult result = logIn(name, UserApi.PASSWORD)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.accessToken").isString())
                .andExpect(jsonPath("$.tokenType").value("Bearer"))
                .andExpect(jsonPath("$.expiresIn").value(900))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
                .andExpect(header().string(HttpHeaders.PRAGMA, "no-cache"))
                .andReturn();
        Map<String, Object> answer = read(body(result), "$");
        assertThat(answer).containsOnlyKeys("accessToken", "tokenType", "expiresIn");
        assertThat(body(result)).doesNotContain(UserApi.PASSWORD);

        String token = read(body(result), "$.accessToken");
        assertThat(Jwts.header(token)).containsEntry("alg", "HS256");
        Map<String, Object> claims = Jwts.claims(token);
        assertThat(claims).containsEntry("sub", id.toString())
                .containsEntry("role", "CUSTOMER")
                .containsEntry("preferred_username", name)
                .containsEntry("iss", "careshop")
                .doesNotContainKeys("password", "password_hash", "passwordHash", "email");
        assertThat(((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue()).isEqualTo(900);

        mvc.perform(get("/api/users/me").with(Auth.as(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id.toString()))
                .andExpect(jsonPath("$.username").value(name));
    }

    @Test
    void aClientThatStillSendsItsExpiredOrBrokenTokenCanLogInAgain() throws Exception {
        String name = UserApi.username("stale");
        UUID id = users().user(name);
        Map<String, Object> expired = Jwts.claimsFor(id, name, "CUSTOMER");
        expired.put("iat", Instant.now().minusSeconds(2000).getEpochSecond());
        expired.put("exp", Instant.now().minusSeconds(1100).getEpochSecond());
        String body = new Body().str("username", name).str("password", UserApi.PASSWORD).json();

        for (String stale : List.of(Jwts.hmac("HS256", Auth.JWT_SECRET, expired), "garbage", "not { a } token")) {
            mvc.perform(postJson(TOKEN, body).with(Auth.as(stale)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.tokenType").value("Bearer"));
        }
    }

    @Test
    void theTokenCarriesTheRoleTheUserHasWhenLoggingIn() throws Exception {
        Identity staff = identities().staff("login.staff");
        Identity admin = identities().admin("login.admin");

        assertThat(Jwts.claims(staff.token())).containsEntry("role", "STAFF").containsEntry("sub", staff.id().toString());
        assertThat(Jwts.claims(admin.token())).containsEntry("role", "ADMIN");
    }

    @Test
    void theEmailAddressOrTheUsernameInAnyCaseLogsIn() throws Exception {
        String name = UserApi.username("Mixed.Case");
        UUID id = users().user(name);

        for (String login : List.of(name.toUpperCase(), name.toLowerCase(), name + "@example.org",
                (name + "@Example.ORG").toUpperCase())) {
            assertThat(Jwts.claims(tokenOf(logIn(login, UserApi.PASSWORD)))).as(login).containsEntry("sub", id.toString());
        }
    }

    @Test
    void aWrongPasswordAnUnknownUserAndAnInactiveUserGetTheSameProblem() throws Exception {
        String name = UserApi.username("refused");
        users().user(name);
        String inactive = UserApi.username("inactive");
        users().inactiveUser(inactive);

        List<MvcResult> refusals = List.of(
                refused(logIn(name, UserApi.PASSWORD + "x")),
                refused(logIn(UserApi.username("nobody"), UserApi.PASSWORD)),
                refused(logIn(inactive, UserApi.PASSWORD)),
                refused(logIn(inactive + "@example.org", UserApi.PASSWORD)));

        // Apart from the request's own trace id, the answers are identical to the byte: status, headers that matter
        // and the body.
        String first = ProblemExpectations.withoutTraceId(body(refusals.get(0)));
        assertThat(refusals).allSatisfy(result -> {
            assertThat(ProblemExpectations.withoutTraceId(body(result))).isEqualTo(first);
            assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer realm=\"careshop\"");
        });
    }

    private static MvcResult refused(ResultActions login) throws Exception {
        return login.andExpect(problem(401, "invalid-credentials", TOKEN))
                .andExpect(jsonPath("$.detail").value("The username or password is wrong, or the account is inactive."))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"careshop\""))
                .andReturn();
    }

    @Test
    void aPasswordThatNoAccountCouldHaveIsRefusedLikeAnyWrongOne() throws Exception {
        String name = UserApi.username("short");
        users().user(name);

        refused(logIn(name, "short"));
        refused(logIn(name, "x".repeat(1024)));
        refused(logIn(name, "        "));
    }
}
