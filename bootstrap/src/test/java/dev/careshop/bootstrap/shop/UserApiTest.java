package dev.careshop.bootstrap.shop;

import static dev.careshop.bootstrap.support.Json.body;
import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.Json.putJson;
import static dev.careshop.bootstrap.support.Json.read;
import static dev.careshop.bootstrap.support.Json.text;
import static dev.careshop.bootstrap.support.ProblemExpectations.conflict;
import static dev.careshop.bootstrap.support.ProblemExpectations.problem;
import static dev.careshop.bootstrap.support.TestData.marker;
import static dev.careshop.bootstrap.support.UserApi.newUser;
import static dev.careshop.bootstrap.support.UserApi.profile;
import static dev.careshop.bootstrap.support.UserApi.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.bootstrap.support.UserApi;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;

/**
 * End-to-end tests of {@code /api/users} (create, read, update, delete, list, bulk delete) against SPEC.md. The
 * database is shared with every other test: each test makes its own users with a unique marker and looks only at those.
 */
@DisplayName("/api/users")
class UserApiTest extends HttpTest {

    private static final String USERS = "/api/users";

    private UserApi users() {
        return new UserApi(mvc);
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    // ---------------------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("POST /api/users")
    class Register {

        @Test
        void createsAnActiveCustomerWithLowerCasedEmailVersion0AndNoPasswordInTheAnswer() throws Exception {
            String name = username("Jane");
            Instant before = Instant.now().minusSeconds(1);
            MvcResult created = mvc.perform(postJson(USERS, newUser(" " + name + " ").str("email", name + "@Example.ORG")
                            .str("fullName", "  Jane Doe  ").json()))
                    .andExpect(status().isCreated())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                    .andExpect(jsonPath("$.id").isString())
                    .andExpect(jsonPath("$.username").value(name))
                    .andExpect(jsonPath("$.email").value(name.toLowerCase(Locale.ROOT) + "@example.org"))
                    .andExpect(jsonPath("$.fullName").value("Jane Doe"))
                    .andExpect(jsonPath("$.role").value("CUSTOMER"))
                    .andExpect(jsonPath("$.active").value(true))
                    .andExpect(jsonPath("$.version").value(0))
                    .andExpect(jsonPath("$.password").doesNotExist())
                    .andExpect(jsonPath("$.passwordHash").doesNotExist())
                    .andReturn();

            String id = text(created, "$.id");
            assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith(USERS + "/" + id);
            Instant createdAt = Instant.parse(text(created, "$.createdAt"));
            assertThat(createdAt).isBetween(before, Instant.now().plusSeconds(1));
            assertThat(Instant.parse(text(created, "$.updatedAt"))).isEqualTo(createdAt);
            assertThat(body(created)).doesNotContain(UserApi.PASSWORD, "argon2");
        }

        @Test
        void fullNameIsOptional() throws Exception {
            mvc.perform(postJson(USERS, newUser(username("noname")).remove("fullName").json()))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.fullName").doesNotExist());
        }

        @Test
        void acceptsTheLimitsUsername3And50Password8And128FullName100() throws Exception {
            String marker = marker();
            mvc.perform(postJson(USERS, newUser(marker.substring(0, 3)).str("email", "three-" + marker + "@x.org")
                            .str("password", "p".repeat(8)).json()))
                    .andExpect(status().isCreated());
            String fifty = (marker + "_".repeat(50)).substring(0, 50);
            mvc.perform(postJson(USERS, newUser(fifty).str("password", "p".repeat(128)).str("fullName", "f".repeat(100)).json()))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.username").value(fifty));
        }

        @Test
        void refusesAUsernameAnotherUserHasIgnoringCaseWith409NamingUsername() throws Exception {
            String name = username("Taken");
            users().user(name);

            mvc.perform(postJson(USERS, newUser(name.toUpperCase(Locale.ROOT)).str("email", "other-" + marker() + "@x.org").json()))
                    .andExpect(conflict(USERS, "username"));
        }

        @Test
        void refusesAnEmailAnotherUserHasIgnoringCaseWith409NamingEmail() throws Exception {
            String name = username("mail");
            users().user(name);

            mvc.perform(postJson(USERS, newUser(username("other")).str("email", name.toUpperCase(Locale.ROOT) + "@EXAMPLE.org").json()))
                    .andExpect(conflict(USERS, "email"));
            mvc.perform(get(USERS).param("q", name).param("size", "100"))
                    .andExpect(jsonPath("$.page.totalElements").value(1));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("GET /api/users/{id}")
    class Read {

        @Test
        void answersTheUserWithItsVersionAsStrongEtag() throws Exception {
            String name = username("read");
            UUID id = users().user(name);

            mvc.perform(get(USERS + "/" + id))
                    .andExpect(status().isOk())
                    .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                    .andExpect(jsonPath("$.id").value(id.toString()))
                    .andExpect(jsonPath("$.username").value(name))
                    .andExpect(jsonPath("$.email").value(name.toLowerCase(Locale.ROOT) + "@example.org"))
                    .andExpect(jsonPath("$.fullName").value("Full " + name))
                    .andExpect(jsonPath("$.role").value("CUSTOMER"))
                    .andExpect(jsonPath("$.active").value(true))
                    .andExpect(jsonPath("$.password").doesNotExist())
                    .andExpect(jsonPath("$.passwordHash").doesNotExist());
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("PUT /api/users/{id}")
    class Update {

        @Test
        void replacesTheProfileBumpsTheVersionAndKeepsRoleActiveAndCreatedAt() throws Exception {
            MvcResult created = mvc.perform(postJson(USERS, newUser(username("before")).json())).andReturn();
            String id = text(created, "$.id");
            String after = username("After");

            MvcResult updated = mvc.perform(putJson(USERS + "/" + id, profile(after).str("email", after + "@NEW.org")
                            .raw("fullName", "null").json()))
                    .andExpect(status().isOk())
                    .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                    .andExpect(jsonPath("$.username").value(after))
                    .andExpect(jsonPath("$.email").value(after.toLowerCase(Locale.ROOT) + "@new.org"))
                    .andExpect(jsonPath("$.fullName").doesNotExist())
                    .andExpect(jsonPath("$.role").value("CUSTOMER"))
                    .andExpect(jsonPath("$.active").value(true))
                    .andExpect(jsonPath("$.createdAt").value(text(created, "$.createdAt")))
                    .andExpect(jsonPath("$.version").value(1))
                    .andReturn();

            mvc.perform(get(USERS + "/" + id)).andExpect(content().json(updated.getResponse().getContentAsString()));
        }

        @Test
        void refusesTheUsernameOrEmailOfAnotherUserWith409AndChangesNothing() throws Exception {
            String holder = username("Holder");
            users().user(holder);
            String own = username("own");
            UUID id = users().user(own);

            mvc.perform(putJson(USERS + "/" + id, profile(holder.toLowerCase(Locale.ROOT)).str("email", own + "@example.org").json()))
                    .andExpect(conflict(USERS + "/" + id, "username"));
            mvc.perform(putJson(USERS + "/" + id, profile(own).str("email", holder + "@example.org").json()))
                    .andExpect(conflict(USERS + "/" + id, "email"));
            mvc.perform(get(USERS + "/" + id))
                    .andExpect(jsonPath("$.username").value(own))
                    .andExpect(jsonPath("$.version").value(0));
        }

        @Test
        void keepingTheOwnUsernameInAnotherCaseIsNoConflict() throws Exception {
            String own = username("self");
            UUID id = users().user(own);
            mvc.perform(putJson(USERS + "/" + id, profile(own.toUpperCase(Locale.ROOT)).str("email", own + "@example.org").json()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.username").value(own.toUpperCase(Locale.ROOT)));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("DELETE /api/users/{id}")
    class Delete {

        @Test
        void deletesTheUserAndTheirPostsThenAnswers404() throws Exception {
            UUID id = users().user();
            users().post(id, "First");
            users().post(id, "Second");

            mvc.perform(delete(USERS + "/" + id)).andExpect(status().isNoContent()).andExpect(content().string(""));

            mvc.perform(get(USERS + "/" + id)).andExpect(problem(404, "not-found"));
            mvc.perform(delete(USERS + "/" + id)).andExpect(problem(404, "not-found", USERS + "/" + id));
            assertThat(jdbc().queryForObject("SELECT count(*) FROM posts WHERE user_id = ?", Long.class, id)).isZero();
        }

        @Test
        void refusesAUserWithOrdersWith409AndKeepsUserAndPosts() throws Exception {
            UUID id = users().user();
            users().post(id, "Kept");
            UserApi.insertOrder(jdbc(), id);

            mvc.perform(delete(USERS + "/" + id))
                    .andExpect(problem(409, "conflict", USERS + "/" + id))
                    .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("orders")));

            mvc.perform(get(USERS + "/" + id)).andExpect(status().isOk());
            assertThat(jdbc().queryForObject("SELECT count(*) FROM posts WHERE user_id = ?", Long.class, id)).isEqualTo(1);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("DELETE /api/users?active=false")
    class DeleteInactive {

        @Test
        void deletesInactiveUsersWithoutOrdersAndCountsThoseKeptForTheirOrders() throws Exception {
            UUID active = users().user();
            UUID inactive = users().inactiveUser(username("gone"));
            UUID inactiveWithPosts = users().user();
            users().post(inactiveWithPosts, "Bye");
            users().deactivate(inactiveWithPosts);
            UUID inactiveWithOrders = users().inactiveUser(username("customer"));
            UserApi.insertOrder(jdbc(), inactiveWithOrders);

            MvcResult first = mvc.perform(delete(USERS).param("active", "false"))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andReturn();
            long deleted = ((Number) read(body(first), "$.deleted")).longValue();
            long skipped = ((Number) read(body(first), "$.skipped")).longValue();
            assertThat(deleted).isGreaterThanOrEqualTo(2);
            assertThat(skipped).isGreaterThanOrEqualTo(1);

            mvc.perform(get(USERS + "/" + inactive)).andExpect(problem(404, "not-found"));
            mvc.perform(get(USERS + "/" + inactiveWithPosts)).andExpect(problem(404, "not-found"));
            mvc.perform(get(USERS + "/" + inactiveWithOrders)).andExpect(status().isOk());
            mvc.perform(get(USERS + "/" + active)).andExpect(status().isOk());

            // Nothing left to delete; the users with orders are still skipped.
            mvc.perform(delete(USERS).param("active", "false"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.deleted").value(0))
                    .andExpect(jsonPath("$.skipped").value(skipped));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("GET /api/users")
    class ListUsers {

        @Test
        void qMatchesUsernameEmailOrFullNameIgnoringCase() throws Exception {
            String marker = marker();
            UUID byName = users().user(newUser("Zed" + marker + "x"));
            UUID byEmail = users().user(newUser(username("mail")).str("email", "MAIL-" + marker + "@x.org"));
            UUID byFullName = users().user(newUser(username("full")).str("fullName", "Anna " + marker.toUpperCase(Locale.ROOT)));
            users().user(username("unrelated"));

            mvc.perform(get(USERS).param("q", marker.toUpperCase(Locale.ROOT)).param("sort", "createdAt"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].id", contains(byName.toString(), byEmail.toString(), byFullName.toString())))
                    .andExpect(jsonPath("$.page.totalElements").value(3))
                    .andExpect(jsonPath("$.content[*].password").isEmpty());
        }

        @Test
        void qTreatsLikeWildcardsLiterally() throws Exception {
            String marker = marker();
            users().user(newUser(username("wild")).str("fullName", "Percent " + marker));
            mvc.perform(get(USERS).param("q", marker + "%")).andExpect(jsonPath("$.content", empty()));
            mvc.perform(get(USERS).param("q", "_" + marker)).andExpect(jsonPath("$.content", empty()));
        }

        @Test
        void qFindsPercentUnderscoreAndBackslashAsTypedAndALoneBackslashIsNoError() throws Exception {
            String marker = marker();
            UUID odd = users().user(newUser(username("odd")).str("fullName", "50%_off\\" + marker));
            users().user(newUser(username("even")).str("fullName", "50x off " + marker));

            mvc.perform(get(USERS).param("q", "50%_off\\" + marker))
                    .andExpect(jsonPath("$.content[*].id", contains(odd.toString())));
            mvc.perform(get(USERS).param("q", "%_OFF\\" + marker.toUpperCase(Locale.ROOT)))
                    .andExpect(jsonPath("$.content[*].id", contains(odd.toString())));
            mvc.perform(get(USERS).param("q", "\\")).andExpect(status().isOk());
            mvc.perform(get(USERS).param("q", "O'Brien' --")).andExpect(status().isOk()).andExpect(jsonPath("$.content", empty()));
            mvc.perform(get(USERS).param("q", marker + "\\")).andExpect(status().isOk())
                    .andExpect(jsonPath("$.content", empty()));
        }

        @Test
        void qIgnoresCaseTheWayTheDatabaseDoesForLettersWhoseLowerCaseJavaSpellsOtherwise() throws Exception {
            String marker = marker();
            // Java's lower case of "İ" is "i" with a combining dot, and of a final "Σ" it is "ς"; PostgreSQL's are "i" and "σ".
            UUID turkish = users().user(newUser(username("tr")).str("fullName", "İpek " + marker));
            UUID greek = users().user(newUser(username("gr")).str("fullName", "ΟΔΥΣΣΕΑΣ " + marker));

            mvc.perform(get(USERS).param("q", "İpek " + marker))
                    .andExpect(jsonPath("$.content[*].id", contains(turkish.toString())));
            mvc.perform(get(USERS).param("q", "ΟΔΥΣΣΕΑΣ " + marker))
                    .andExpect(jsonPath("$.content[*].id", contains(greek.toString())));
        }

        @Test
        void activeFiltersActiveOrInactiveUsers() throws Exception {
            String marker = marker();
            UUID on = users().user(newUser("on." + marker));
            UUID off = users().inactiveUser("off." + marker);

            mvc.perform(get(USERS).param("q", marker).param("active", "true"))
                    .andExpect(jsonPath("$.content[*].id", contains(on.toString())));
            mvc.perform(get(USERS).param("q", marker).param("active", "false"))
                    .andExpect(jsonPath("$.content[*].id", contains(off.toString())))
                    .andExpect(jsonPath("$.content[0].active").value(false));
            mvc.perform(get(USERS).param("q", marker))
                    .andExpect(jsonPath("$.content[*].id", containsInAnyOrder(on.toString(), off.toString())));
        }

        @Test
        void pagesAndSortsByWhitelistedFields() throws Exception {
            String marker = marker();
            UUID b = users().user("b." + marker);
            UUID a = users().user("a." + marker);
            UUID c = users().user("c." + marker);

            mvc.perform(get(USERS).param("q", marker))
                    .andExpect(jsonPath("$.content[*].id", contains(a.toString(), b.toString(), c.toString())));
            mvc.perform(get(USERS).param("q", marker).param("sort", "username,desc").param("size", "2").param("page", "0"))
                    .andExpect(jsonPath("$.content[*].id", contains(c.toString(), b.toString())))
                    .andExpect(jsonPath("$.page.size").value(2))
                    .andExpect(jsonPath("$.page.number").value(0))
                    .andExpect(jsonPath("$.page.totalElements").value(3))
                    .andExpect(jsonPath("$.page.totalPages").value(2));
            mvc.perform(get(USERS).param("q", marker).param("sort", "email,asc").param("size", "2").param("page", "1"))
                    .andExpect(jsonPath("$.content[*].id", contains(c.toString())));
            mvc.perform(get(USERS).param("q", marker).param("sort", "createdAt,desc"))
                    .andExpect(jsonPath("$.content[*].id", contains(c.toString(), a.toString(), b.toString())));
        }

        @Test
        void aBlankQIsNoFilter() throws Exception {
            users().user();
            mvc.perform(get(USERS).param("q", "  ")).andExpect(status().isOk())
                    .andExpect(jsonPath("$.content", not(empty())));
        }
    }

    @Test
    void noAnswerEverCarriesAPasswordOrAHash() throws Exception {
        UUID id = users().user();
        List<MvcResult> results = List.of(
                mvc.perform(get(USERS + "/" + id)).andReturn(),
                mvc.perform(get(USERS).param("size", "100")).andReturn(),
                mvc.perform(putJson(USERS + "/" + id, profile(username("leak")).json())).andReturn(),
                mvc.perform(postJson(USERS, newUser("x").str("password", "short-pw").json())).andReturn());
        for (MvcResult result : results) {
            assertThat(body(result)).doesNotContain(UserApi.PASSWORD, "short-pw", "$argon2", "passwordHash");
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("Odd but possible client input is never a 500")
    class OddInput {

        @Test
        void aPasswordWithAnyCharactersIsAcceptedAsSent() throws Exception {
            mvc.perform(postJson(USERS, newUser(username("unicode")).str("password", "pässwörd 🔑 \\ \"quoted\"").json()))
                    .andExpect(status().isCreated());
        }
    }
}
