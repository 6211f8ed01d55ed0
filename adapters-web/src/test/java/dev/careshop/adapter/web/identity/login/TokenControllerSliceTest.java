package dev.careshop.adapter.web.identity.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.adapter.web.WebSlice;
import dev.careshop.application.identity.login.port.in.AccessToken;
import dev.careshop.application.identity.login.port.in.LogInCommand;
import dev.careshop.application.identity.login.port.in.LogInUseCase;
import dev.careshop.application.identity.login.port.in.LoginOutcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MvcResult;

@WebMvcTest(TokenController.class)
class TokenControllerSliceTest extends WebSlice {

    private static final String TOKEN = "/api/auth/token";
    private static final String PASSWORD = "Correct-Horse-Battery-42";
    private static final String VALID = "{\"username\": \"jane\", \"password\": \"" + PASSWORD + "\"}";

    @MockitoBean LogInUseCase logIn;

    @Test
    void theRightPasswordAnswersAnUncacheableBearerTokenWithExactlyItsProperties() throws Exception {
        given(logIn.logIn(any())).willReturn(new LoginOutcome.Authenticated(new AccessToken("a.b.c", Duration.ofMinutes(15))));

        MvcResult result = mvc.perform(postJson(TOKEN, VALID))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
                .andExpect(header().string(HttpHeaders.PRAGMA, "no-cache"))
                .andReturn();

        assertThat(properties(result, "")).containsExactlyInAnyOrder("accessToken", "tokenType", "expiresIn");
        assertThat(node(result, "/accessToken").asString()).isEqualTo("a.b.c");
        assertThat(node(result, "/tokenType").asString()).isEqualTo("Bearer");
        assertThat(node(result, "/expiresIn").isIntegralNumber()).isTrue();
        assertThat(node(result, "/expiresIn").asLong()).isEqualTo(900);
        verify(logIn).logIn(new LogInCommand("jane", PASSWORD));
    }

    @Test
    void aRefusedLoginIsA401InvalidCredentialsWithABearerChallenge() throws Exception {
        given(logIn.logIn(any())).willReturn(new LoginOutcome.Refused());

        mvc.perform(postJson(TOKEN, VALID))
                .andExpect(problem(401, "invalid-credentials"))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"careshop\""));
    }

    @Test
    void aThrottledLoginIsA429WithRetryAfterInWholeSecondsRoundedUp() throws Exception {
        given(logIn.logIn(any())).willReturn(new LoginOutcome.Throttled(Duration.ofMillis(61_200)));

        mvc.perform(postJson(TOKEN, VALID))
                .andExpect(problem(429, "too-many-login-attempts"))
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "62"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"username\": \"jane\"}",
            "{\"password\": \"" + PASSWORD + "\"}",
            "{\"username\": \"\", \"password\": \"" + PASSWORD + "\"}",
            "{\"username\": \"   \", \"password\": \"" + PASSWORD + "\"}",
            "{\"username\": \"jane\", \"password\": \"\"}",
            "{\"username\": \"jane\", \"password\": null}",
            "{\"username\": 42, \"password\": \"" + PASSWORD + "\"}",
            "{\"username\": \"jane\", \"password\": [\"" + PASSWORD + "\"]}",
            "{\"username\": \"jane\", \"password\": \"" + PASSWORD + "\", \"role\": \"ADMIN\"}",
            "{\"username\": \"jane\", \"password\": \"" + PASSWORD + "\"",
            "[]",
            "",
            "not json"})
    void aMalformedBodyIsA400ThatDoesNotRepeatThePassword(String json) throws Exception {
        MvcResult result = mvc.perform(postJson(TOKEN, json)).andExpect(problem(400, "invalid-request")).andReturn();

        assertThat(result.getResponse().getContentAsString()).doesNotContain(PASSWORD);
        verifyNoInteractions(logIn);
    }

    @Test
    void aUsernameLongerThanAnyLoginIsA400NamingUsername() throws Exception {
        mvc.perform(postJson(TOKEN, "{\"username\": \"" + "x".repeat(255) + "\", \"password\": \"p\"}"))
                .andExpect(invalid("username"));
    }

    @Test
    void aBodyThatIsNotJsonIsA415() throws Exception {
        mvc.perform(post(TOKEN).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("username=jane&password=x"))
                .andExpect(problem(415, "unsupported-media-type"));
        verifyNoInteractions(logIn);
    }
}
