package dev.careshop.bootstrap.shop;

import static dev.careshop.bootstrap.support.SqlStatementCounter.CONFIRMING_THE_USER;
import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.Json.putJson;
import static dev.careshop.bootstrap.support.ProblemExpectations.problem;
import static dev.careshop.bootstrap.support.TestData.UNKNOWN_ID;
import static dev.careshop.bootstrap.support.UserApi.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.bootstrap.support.UserApi;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.ResultActions;

/** The only ways to change a user's role, active flag and password, one user or many at once. */
@DisplayName("/api/users/{id}/role, /active, /password and /api/users/status")
class UserStatusApiTest extends HttpTest {

    private static final String USERS = "/api/users";

    private UserApi users() {
        return new UserApi(mvc);
    }

    /** PUT /api/users/{id}/{what} with {@code json}: a 204 whose ETag is the user's version {@code etag} afterwards. */
    private ResultActions change(UUID id, String what, String json, int etag) throws Exception {
        return mvc.perform(putJson(USERS + "/" + id + "/" + what, json))
                .andExpect(status().isNoContent())
                .andExpect(header().string(HttpHeaders.ETAG, "\"" + etag + "\""));
    }

    /** The user as GET answers it has {@code value} as its {@code field} and is at {@code version}. */
    private void assertUser(UUID id, String field, Object value, int version) throws Exception {
        mvc.perform(get(USERS + "/" + id))
                .andExpect(jsonPath("$." + field).value(value))
                .andExpect(jsonPath("$.version").value(version));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "role     | {\"role\": \"STAFF\"}",
            "active   | {\"active\": false}",
            "password | {\"password\": \"long-enough-pw\"}"})
    void changingAnUnknownUserIs404(String what, String json) throws Exception {
        mvc.perform(putJson(USERS + "/" + UNKNOWN_ID + "/" + what, json))
                .andExpect(problem(404, "not-found", USERS + "/" + UNKNOWN_ID + "/" + what));
    }

    @Nested
    @DisplayName("PUT /api/users/{id}/role")
    class Role {

        @ParameterizedTest
        @ValueSource(strings = {"STAFF", "ADMIN"})
        void setsTheRoleAnswers204WithTheNewEtagAndBumpsTheVersion(String role) throws Exception {
            UUID id = users().user();

            change(id, "role", "{\"role\": \"" + role + "\"}", 1).andExpect(content().string(""));
            assertUser(id, "role", role, 1);
        }

        @Test
        void theSameRoleAgainChangesNothing() throws Exception {
            UUID id = users().user();
            change(id, "role", "{\"role\": \"CUSTOMER\"}", 0);
            mvc.perform(get(USERS + "/" + id)).andExpect(jsonPath("$.version").value(0));
        }
    }

    @Nested
    @DisplayName("PUT /api/users/{id}/active")
    class Active {

        @Test
        void deactivatesAndReactivatesBumpingTheVersionEachTime() throws Exception {
            UUID id = users().user();

            change(id, "active", "{\"active\": false}", 1);
            assertUser(id, "active", false, 1);

            change(id, "active", "{\"active\": true}", 2);
            assertUser(id, "active", true, 2);
        }

        @Test
        void theCurrentStateAgainChangesNothing() throws Exception {
            UUID id = users().user();
            change(id, "active", "{\"active\": true}", 0);
        }
    }

    @Nested
    @DisplayName("PUT /api/users/{id}/password")
    class Password {

        @Test
        void setsANewPasswordAnswers204AndBumpsTheVersion() throws Exception {
            UUID id = users().user();
            change(id, "password", "{\"password\": \"a-brand-new-secret\"}", 1)
                    .andExpect(content().string(""));
            mvc.perform(get(USERS + "/" + id)).andExpect(jsonPath("$.version").value(1));
        }
    }

    @Nested
    @DisplayName("POST /api/users/status")
    class Bulk {

        private static final String STATUS = "/api/users/status";

        @Test
        void deactivatesManyUsersCountingOnlyThoseWhoseFlagChanged() throws Exception {
            UUID first = users().user();
            UUID second = users().user();
            UUID alreadyInactive = users().inactiveUser(username("off"));

            mvc.perform(postJson(STATUS, body(List.of(first, second, alreadyInactive), false)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.updated").value(2));

            mvc.perform(get(USERS + "/" + first)).andExpect(jsonPath("$.active").value(false)).andExpect(jsonPath("$.version").value(1));
            mvc.perform(get(USERS + "/" + second)).andExpect(jsonPath("$.active").value(false)).andExpect(jsonPath("$.version").value(1));
            mvc.perform(get(USERS + "/" + alreadyInactive)).andExpect(jsonPath("$.version").value(1));

            mvc.perform(postJson(STATUS, body(List.of(first, alreadyInactive), true)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.updated").value(2));
            mvc.perform(get(USERS + "/" + alreadyInactive)).andExpect(jsonPath("$.active").value(true)).andExpect(jsonPath("$.version").value(2));
        }

        @Test
        void unknownIdsAnswer422ListingThemAndNothingChanges() throws Exception {
            UUID known = users().user();
            UUID unknown = UUID.randomUUID();

            mvc.perform(postJson(STATUS, body(List.of(known, unknown, UUID.fromString(UNKNOWN_ID)), false)))
                    .andExpect(problem(422, "missing-reference", STATUS))
                    .andExpect(jsonPath("$.errors[0].field").value("ids"))
                    .andExpect(jsonPath("$.detail", containsString(unknown.toString())))
                    .andExpect(jsonPath("$.detail", containsString(UNKNOWN_ID)))
                    .andExpect(jsonPath("$.detail", not(containsString(known.toString()))));

            mvc.perform(get(USERS + "/" + known)).andExpect(jsonPath("$.active").value(true)).andExpect(jsonPath("$.version").value(0));
        }

        @Test
        void accepts1000Ids() throws Exception {
            UUID known = users().user();
            List<UUID> ids = new ArrayList<>(List.of(known));
            IntStream.range(1, 1000).forEach(i -> ids.add(UUID.randomUUID()));
            mvc.perform(postJson(STATUS, body(ids, false))).andExpect(problem(422, "missing-reference", STATUS));
        }

        @Test
        void changesAllNamedUsersInOneUpdateStatement() throws Exception {
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                ids.add(users().user());
            }
            long statements = sqlStatements.count(() -> mvc.perform(postJson(STATUS, body(ids, false)))
                    .andExpect(jsonPath("$.updated").value(5)));
            assertThat(statements).as("the token's user, which ids exist, then one UPDATE").isEqualTo(CONFIRMING_THE_USER + 2);
        }

        private static String body(List<UUID> ids, boolean active) {
            return "{\"ids\": [" + ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", ")) + "], \"active\": " + active + "}";
        }
    }
}
