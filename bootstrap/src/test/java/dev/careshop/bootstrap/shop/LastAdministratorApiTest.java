package dev.careshop.bootstrap.shop;

import static dev.careshop.bootstrap.support.Json.id;
import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.Json.putJson;
import static dev.careshop.bootstrap.support.ProblemExpectations.assertNoLeak;
import static dev.careshop.bootstrap.support.ProblemExpectations.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.bootstrap.support.Identities.Identity;
import dev.careshop.bootstrap.support.Json;
import dev.careshop.bootstrap.support.StartGate;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The service keeps one active administrator: the last one cannot be demoted, deactivated (alone or in bulk) or
 * deleted (409), and two administrators demoting each other at the same moment leave one of them. The test database
 * holds the administrators of every other test, so each test first demotes all but the ones it names (with SQL) and
 * gives them back their role afterwards.
 */
@DisplayName("The last active administrator")
class LastAdministratorApiTest extends HttpTest {

    private static final String USERS = "/api/users";

    private final List<UUID> setAside = new ArrayList<>();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** Demotes every active administrator but {@code keep}, remembering them for {@link #giveBackTheirRole()}. */
    private void onlyAdministrators(UUID... keep) {
        List<UUID> others = jdbc.queryForList("SELECT id FROM users WHERE role = 'ADMIN' AND active", UUID.class).stream()
                .filter(id -> !List.of(keep).contains(id)).toList();
        setAside.addAll(others);
        others.forEach(id -> jdbc.update("UPDATE users SET role = 'STAFF' WHERE id = ?", id));
    }

    @AfterEach
    void giveBackTheirRole() {
        setAside.forEach(id -> jdbc.update("UPDATE users SET role = 'ADMIN' WHERE id = ?", id));
        setAside.clear();
    }

    private UUID me() throws Exception {
        return id(Json.body(mvc.perform(get(USERS + "/me")).andExpect(status().isOk())));
    }

    private long activeAdministrators() {
        return jdbc.queryForObject("SELECT count(*) FROM users WHERE role = 'ADMIN' AND active", Long.class);
    }

    @Test
    void theLastOneCannotBeDemotedDeactivatedOrDeleted() throws Exception {
        UUID admin = me();
        onlyAdministrators(admin);
        String lastOne = "would leave no active administrator";

        mvc.perform(putJson(USERS + "/" + admin + "/role", "{\"role\": \"STAFF\"}"))
                .andExpect(problem(409, "conflict", USERS + "/" + admin + "/role"))
                .andExpect(jsonPath("$.detail", Matchers.containsString(lastOne)));
        mvc.perform(putJson(USERS + "/" + admin + "/active", "{\"active\": false}"))
                .andExpect(problem(409, "conflict")).andExpect(jsonPath("$.detail", Matchers.containsString(lastOne)));
        mvc.perform(postJson(USERS + "/status", "{\"ids\": [\"" + admin + "\"], \"active\": false}"))
                .andExpect(problem(409, "conflict")).andExpect(jsonPath("$.detail", Matchers.containsString(lastOne)));
        mvc.perform(delete(USERS + "/" + admin))
                .andExpect(problem(409, "conflict")).andExpect(jsonPath("$.detail", Matchers.containsString(lastOne)));

        assertThat(activeAdministrators()).isEqualTo(1);
        mvc.perform(get(USERS + "/" + admin)).andExpect(jsonPath("$.role").value("ADMIN")).andExpect(jsonPath("$.active").value(true));
    }

    @Test
    void aBulkDeactivationThatTakesOthersAlongIsRefusedAsAWhole() throws Exception {
        UUID admin = me();
        onlyAdministrators(admin);
        Identity customer = identities().customer("carol");

        mvc.perform(postJson(USERS + "/status", "{\"ids\": [\"" + customer.id() + "\", \"" + admin + "\"], \"active\": false}"))
                .andExpect(problem(409, "conflict"));

        mvc.perform(get(USERS + "/" + customer.id())).andExpect(jsonPath("$.active").value(true));
    }

    @Test
    void withAnotherActiveAdministratorOneMayStepDown() throws Exception {
        UUID admin = me();
        Identity second = identities().admin("second");
        onlyAdministrators(admin, second.id());

        mvc.perform(putJson(USERS + "/" + second.id() + "/role", "{\"role\": \"CUSTOMER\"}")).andExpect(status().isNoContent());

        assertThat(activeAdministrators()).isEqualTo(1);
        mvc.perform(delete(USERS + "/" + admin)).andExpect(problem(409, "conflict"));
    }

    @Test
    void twoAdministratorsDemotingEachOtherAtOnceLeaveOne() throws Exception {
        for (int round = 0; round < 5; round++) {
            // The administrators set aside last round (the test run's own among them) make this round's two.
            giveBackTheirRole();
            Identity ada = identities().admin("ada");
            Identity grace = identities().admin("grace");
            onlyAdministrators(ada.id(), grace.id());

            List<Integer> statuses = race(
                    put(ada, USERS + "/" + grace.id() + "/role", "{\"role\": \"CUSTOMER\"}"),
                    // The other way round through another endpoint: both take the same lock.
                    round % 2 == 0
                            ? put(grace, USERS + "/" + ada.id() + "/role", "{\"role\": \"STAFF\"}")
                            : put(grace, USERS + "/" + ada.id() + "/active", "{\"active\": false}"));

            assertOneWinner(statuses, 204, "round " + round);
            assertThat(activeAdministrators()).as("round %d", round).isEqualTo(1);
        }
    }

    @Test
    void twoBulkDeactivationsOfEachOtherAtOnceLeaveOne() throws Exception {
        Identity ada = identities().admin("ada");
        Identity grace = identities().admin("grace");
        onlyAdministrators(ada.id(), grace.id());

        List<Integer> statuses = race(
                post(ada, USERS + "/status", "{\"ids\": [\"" + grace.id() + "\"], \"active\": false}"),
                post(grace, USERS + "/status", "{\"ids\": [\"" + ada.id() + "\"], \"active\": false}"));

        assertOneWinner(statuses, 200, "bulk");
        assertThat(activeAdministrators()).isEqualTo(1);
    }

    /**
     * One request wins; the other loses one of two ways, depending on how far the winner got. Either it passed the
     * token check before the winner committed and meets the last-administrator guard (409), or it starts after the
     * winner committed, and the token check reads its user as they are now: demoted (403), or deactivated (401).
     */
    private static void assertOneWinner(List<Integer> statuses, int success, String what) {
        assertThat(statuses).as(what).filteredOn(status -> status == success).hasSize(1);
        assertThat(statuses).as(what).filteredOn(status -> status != success).singleElement().isIn(409, 403, 401);
    }

    private HttpRequest put(Identity who, String path, String json) {
        return request(who, path).PUT(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private HttpRequest post(Identity who, String path, String json) {
        return request(who, path).POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private HttpRequest.Builder request(Identity who, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + who.token())
                .timeout(Duration.ofSeconds(60));
    }

    /** Sends both at the same moment over the real port; answers their statuses, in the requests' order. */
    private List<Integer> race(HttpRequest... requests) throws Exception {
        List<HttpResponse<String>> responses = StartGate.runAtOnce(List.of(requests).stream()
                .<Callable<HttpResponse<String>>>map(request -> () -> http.send(request, HttpResponse.BodyHandlers.ofString()))
                .toList());
        responses.forEach(response -> assertNoLeak(response.body()));
        return responses.stream().map(HttpResponse::statusCode).toList();
    }
}
