package dev.careshop.bootstrap.identity;

import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.ProblemExpectations.assertNoLeak;
import static dev.careshop.bootstrap.support.ProblemExpectations.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.Auth;
import dev.careshop.bootstrap.support.Body;
import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.bootstrap.support.StartGate;
import dev.careshop.bootstrap.support.UserApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * After 5 failed logins for one account within 15 minutes, further attempts get 429 with Retry-After until the oldest
 * of them is 15 minutes old. The failures are rows in PostgreSQL; "time passing" is done by ageing those rows.
 */
@DisplayName("Login throttling")
class LoginThrottlingTest extends HttpTest {

    private static final String TOKEN = "/api/auth/token";
    private static final String WRONG = "Not-The-Password-42";

    private ResultActions logIn(String login, String password) throws Exception {
        return mvc.perform(postJson(TOKEN, new Body().str("username", login).str("password", password).json())
                .with(Auth.anonymous()));
    }

    private void failTimes(String login, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            logIn(login, WRONG).andExpect(problem(401, "invalid-credentials"));
        }
    }

    private static void throttled(ResultActions attempt) throws Exception {
        MvcResult result = attempt
                .andExpect(problem(429, "too-many-login-attempts", TOKEN))
                .andExpect(jsonPath("$.detail").value("Too many failed login attempts for this account; try again later."))
                .andReturn();
        long retryAfter = Long.parseLong(result.getResponse().getHeader(HttpHeaders.RETRY_AFTER));
        // The oldest of the five failures was made seconds ago: its 15 minutes are almost all still to come.
        assertThat(retryAfter).isBetween(840L, 900L);
    }

    /** Moves {@code key}'s failures {@code minutes} into the past, as if that much time had gone by. */
    private void age(String key, int minutes) {
        jdbc.update("UPDATE login_failures SET failed_at = failed_at - make_interval(mins => ?) WHERE throttle_key = ?",
                minutes, key);
    }

    private static String userKey(UUID id) {
        return "user:" + id;
    }

    @Test
    void fiveFailuresThrottleTheAccountEvenForTheRightPassword() throws Exception {
        String name = UserApi.username("throttled");
        new UserApi(mvc).user(name);
        failTimes(name, 5);

        throttled(logIn(name, WRONG));
        throttled(logIn(name, UserApi.PASSWORD));
        throttled(logIn(name.toUpperCase(), UserApi.PASSWORD));
        throttled(logIn(name + "@example.org", UserApi.PASSWORD));
    }

    @Test
    void throttledAttemptsAreNotCountedAsFailures() throws Exception {
        String name = UserApi.username("patient");
        UUID id = new UserApi(mvc).user(name);
        failTimes(name, 5);
        for (int i = 0; i < 3; i++) {
            logIn(name, WRONG).andExpect(status().isTooManyRequests());
        }

        assertThat(jdbc.queryForObject("SELECT count(*) FROM login_failures WHERE throttle_key = ?", Integer.class,
                userKey(id))).isEqualTo(5);
    }

    @Test
    void theEmailAndTheUsernameOfOneAccountShareTheCount() throws Exception {
        String name = UserApi.username("shared");
        new UserApi(mvc).user(name);
        failTimes(name, 2);
        failTimes(name + "@example.org", 2);
        failTimes(name.toUpperCase(), 1);

        throttled(logIn(name, UserApi.PASSWORD));
    }

    @Test
    void anotherAccountIsNotThrottledByTheFirstOnesFailures() throws Exception {
        String victim = UserApi.username("victim");
        String bystander = UserApi.username("bystander");
        new UserApi(mvc).user(victim);
        new UserApi(mvc).user(bystander);
        failTimes(victim, 5);

        logIn(bystander, UserApi.PASSWORD).andExpect(status().isOk());
    }

    @Test
    void anUnknownUsernameIsThrottledTheSameWaySoItCannotBeToldFromAKnownOne() throws Exception {
        String nobody = UserApi.username("nobody");
        failTimes(nobody, 5);

        throttled(logIn(nobody, WRONG));
        throttled(logIn(nobody.toUpperCase(), UserApi.PASSWORD));
    }

    @Test
    void whenTheOldestFailureIsFifteenMinutesOldTheRightPasswordWorksAgain() throws Exception {
        String name = UserApi.username("recovers");
        UUID id = new UserApi(mvc).user(name);
        failTimes(name, 5);

        age(userKey(id), 14);
        MvcResult stillThrottled = logIn(name, UserApi.PASSWORD).andExpect(status().isTooManyRequests()).andReturn();
        assertThat(Long.parseLong(stillThrottled.getResponse().getHeader(HttpHeaders.RETRY_AFTER))).isBetween(1L, 60L);

        age(userKey(id), 1);
        logIn(name, UserApi.PASSWORD).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM login_failures WHERE throttle_key = ?", Integer.class,
                userKey(id))).as("a success clears the account's failures").isZero();
    }

    @Test
    void anUnknownUsernameRecoversAfterTheWindowToo() throws Exception {
        String nobody = UserApi.username("nobody.again");
        failTimes(nobody, 5);
        throttled(logIn(nobody, WRONG));

        age("login:" + nobody.toLowerCase(), 15);

        logIn(nobody, WRONG).andExpect(problem(401, "invalid-credentials"));
    }

    @Test
    void aSuccessfulLoginStartsTheCountAfresh() throws Exception {
        String name = UserApi.username("reset");
        new UserApi(mvc).user(name);
        failTimes(name, 4);
        logIn(name, UserApi.PASSWORD).andExpect(status().isOk());

        failTimes(name, 4);
        logIn(name, UserApi.PASSWORD).andExpect(status().isOk());
        failTimes(name, 5);
        throttled(logIn(name, UserApi.PASSWORD));
    }

    @Test
    void twentyParallelWrongAttemptsOverTheRealPortGetExactlyFive401sAndFifteen429s() throws Exception {
        String name = UserApi.username("burst");
        new UserApi(mvc).user(name);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest attempt = HttpRequest.newBuilder(URI.create("http://localhost:" + port + TOKEN))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(new Body().str("username", name).str("password", WRONG).json()))
                .build();
        List<Callable<HttpResponse<String>>> attempts = IntStream.range(0, 20)
                .<Callable<HttpResponse<String>>>mapToObj(i -> () -> http.send(attempt, HttpResponse.BodyHandlers.ofString()))
                .toList();

        List<HttpResponse<String>> answers = StartGate.runAtOnce(attempts);

        Map<Integer, Long> byStatus = answers.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        assertThat(byStatus).isEqualTo(Map.of(401, 5L, 429, 15L));
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
            assertNoLeak(answer.body());
        });
        assertThat(answers.stream().filter(answer -> answer.statusCode() == 429))
                .allSatisfy(answer -> assertThat(answer.headers().firstValue("Retry-After")).isPresent());
    }
}
