package dev.careshop.bootstrap.shop;

import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.Json.text;
import static dev.careshop.bootstrap.support.ProblemExpectations.problem;
import static dev.careshop.bootstrap.support.TestData.UNKNOWN_ID;
import static dev.careshop.bootstrap.support.UserApi.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.Body;
import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.bootstrap.support.UserApi;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;

@DisplayName("/api/users/{id}/posts")
class UserPostApiTest extends HttpTest {

    private UserApi users() {
        return new UserApi(mvc);
    }

    private static String posts(Object userId) {
        return "/api/users/" + userId + "/posts";
    }

    private static Body post(String title, String body) {
        return new Body().str("title", title).str("body", body);
    }

    @Nested
    @DisplayName("POST /api/users/{id}/posts")
    class Write {

        @Test
        void writesATrimmedPostAnswering201WithAFollowableLocation() throws Exception {
            UUID user = users().user();
            Instant before = Instant.now().minusSeconds(1);

            MvcResult created = mvc.perform(postJson(posts(user), post("  Hello  ", "  World  ").json()))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.id").isString())
                    .andExpect(jsonPath("$.userId").value(user.toString()))
                    .andExpect(jsonPath("$.title").value("Hello"))
                    .andExpect(jsonPath("$.body").value("World"))
                    .andReturn();
            String id = text(created, "$.id");
            assertThat(Instant.parse(text(created, "$.createdAt"))).isBetween(before, Instant.now().plusSeconds(1));
            String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
            assertThat(location).endsWith(posts(user) + "/" + id);

            mvc.perform(get(location))
                    .andExpect(status().isOk())
                    .andExpect(content().json(created.getResponse().getContentAsString()));
        }

        @Test
        void theBodyIsOptionalAndTheLimitsAre200And10000() throws Exception {
            UUID user = users().user();
            mvc.perform(postJson(posts(user), new Body().str("title", "Only a title").json()))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.body").doesNotExist());
            mvc.perform(postJson(posts(user), post("t".repeat(200), "b".repeat(10_000)).json()))
                    .andExpect(status().isCreated());
        }

        @Test
        void writingAPostLeavesTheUsersVersionAlone() throws Exception {
            UUID user = users().user();
            users().post(user, "Hi");
            mvc.perform(get("/api/users/" + user)).andExpect(jsonPath("$.version").value(0));
        }

        @Test
        void anInactiveUserCannotPost409() throws Exception {
            UUID user = users().inactiveUser(username("quiet"));
            mvc.perform(postJson(posts(user), post("Hello", "World").json()))
                    .andExpect(problem(409, "conflict", posts(user)));
            mvc.perform(get(posts(user))).andExpect(jsonPath("$.content", empty()));
        }

        @Test
        void answers404ForAnUnknownUser() throws Exception {
            mvc.perform(postJson(posts(UNKNOWN_ID), post("Hello", "World").json()))
                    .andExpect(problem(404, "not-found", posts(UNKNOWN_ID)));
        }
    }

    @Nested
    @DisplayName("GET /api/users/{id}/posts")
    class ListPosts {

        @Test
        void listsOnlyThisUsersPostsNewestFirstInPages() throws Exception {
            UUID user = users().user();
            UUID first = users().post(user, "First");
            UUID second = users().post(user, "Second");
            UUID third = users().post(user, "Third");
            users().post(users().user(), "Someone else's");

            mvc.perform(get(posts(user)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].id", contains(third.toString(), second.toString(), first.toString())))
                    .andExpect(jsonPath("$.page.totalElements").value(3));
            mvc.perform(get(posts(user)).param("size", "2").param("page", "1"))
                    .andExpect(jsonPath("$.content[*].id", contains(first.toString())))
                    .andExpect(jsonPath("$.page.totalPages").value(2));
            mvc.perform(get(posts(user)).param("sort", "title,asc"))
                    .andExpect(jsonPath("$.content[*].title", contains("First", "Second", "Third")));
        }

        @Test
        void aUserWithoutPostsHasAnEmptyPage() throws Exception {
            mvc.perform(get(posts(users().user())))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content", empty()))
                    .andExpect(jsonPath("$.page.totalElements").value(0));
        }

        @Test
        void answers404ForAnUnknownUser() throws Exception {
            mvc.perform(get(posts(UNKNOWN_ID))).andExpect(problem(404, "not-found", posts(UNKNOWN_ID)));
        }
    }

    @Nested
    @DisplayName("GET /api/users/{id}/posts/{postId}")
    class ReadPost {

        @Test
        void answers404ForAnUnknownPostAPostOfAnotherUserOrAnUnknownUser() throws Exception {
            UUID author = users().user();
            UUID other = users().user();
            UUID post = users().post(author, "Mine");

            mvc.perform(get(posts(author) + "/" + post)).andExpect(status().isOk()).andExpect(jsonPath("$.title").value("Mine"));
            mvc.perform(get(posts(author) + "/" + UNKNOWN_ID)).andExpect(problem(404, "not-found"));
            mvc.perform(get(posts(other) + "/" + post)).andExpect(problem(404, "not-found"));
            mvc.perform(get(posts(UNKNOWN_ID) + "/" + post)).andExpect(problem(404, "not-found"));
        }

        @Test
        void aDeletedUsersPostsAreGone() throws Exception {
            UUID author = users().user();
            UUID post = users().post(author, "Bye");
            mvc.perform(delete("/api/users/" + author))
                    .andExpect(status().isNoContent());
            mvc.perform(get(posts(author) + "/" + post)).andExpect(problem(404, "not-found"));
            mvc.perform(get(posts(author))).andExpect(problem(404, "not-found"));
        }
    }
}
