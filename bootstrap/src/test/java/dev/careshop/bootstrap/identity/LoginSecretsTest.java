package dev.careshop.bootstrap.identity;

import static dev.careshop.bootstrap.support.Json.body;
import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.Json.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.Auth;
import dev.careshop.bootstrap.support.Body;
import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.bootstrap.support.Jwts;
import dev.careshop.bootstrap.support.UserApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.ResultActions;

/** No password and no token ever appears in an answer's body (but the token's own) or in a log line. */
@ExtendWith(OutputCaptureExtension.class)
class LoginSecretsTest extends HttpTest {

    private static final String SECRET = "Login-Secret-Never-Shown-7";
    private static final String WRONG = "Wrong-Secret-Never-Shown-8";

    private ResultActions logIn(String login, String password) throws Exception {
        return mvc.perform(postJson("/api/auth/token", new Body().str("username", login).str("password", password).json())
                .with(Auth.anonymous()));
    }

    @Test
    void noPasswordOrTokenInAnyAnswerOrLogLine(CapturedOutput output) throws Exception {
        String name = UserApi.username("secrets");
        new UserApi(mvc).user(UserApi.newUser(name).str("password", SECRET));
        List<String> bodies = new ArrayList<>();

        String granted = body(logIn(name, SECRET).andExpect(status().isOk()));
        String token = read(granted, "$.accessToken");
        bodies.add(body(mvc.perform(get("/api/users/me").with(Auth.as(token))).andExpect(status().isOk())));
        Map<String, Object> tampered = Jwts.claims(token);
        tampered.put("role", "ADMIN");
        String forged = Jwts.withClaims(token, tampered);
        bodies.add(body(mvc.perform(get("/api/users/me").with(Auth.as(forged))).andExpect(status().isUnauthorized())));
        bodies.add(body(mvc.perform(get("/api/users").with(Auth.as(token))).andExpect(status().isForbidden())));
        bodies.add(body(logIn(UserApi.username("nobody"), SECRET).andExpect(status().isUnauthorized())));
        bodies.add(body(logIn(name, SECRET + "\"").andExpect(status().isUnauthorized())));
        for (int i = 0; i < 5; i++) {
            bodies.add(body(logIn(name, WRONG)));
        }
        bodies.add(body(logIn(name, SECRET).andExpect(status().isTooManyRequests())));
        bodies.add(body(mvc.perform(postJson("/api/auth/token", "{\"username\": \"" + name + "\", \"password\": [\"" + SECRET + "\"]}")
                .with(Auth.anonymous())).andExpect(status().isBadRequest())));
        bodies.add(body(mvc.perform(postJson("/api/auth/token", "{\"username\": \"" + name + "\", \"password\": \"" + SECRET + "\"")
                .with(Auth.anonymous())).andExpect(status().isBadRequest())));

        String signature = token.substring(token.lastIndexOf('.') + 1);
        assertThat(bodies).hasSize(13).allSatisfy(answer -> assertThat(answer)
                .doesNotContain(SECRET, WRONG, token, signature, forged, "$argon2"));
        assertThat(granted).doesNotContain(SECRET);
        assertThat(output.getAll()).doesNotContain(SECRET, WRONG, token, signature, forged, Auth.JWT_SECRET);
    }
}
