package dev.careshop.bootstrap.shop;

import static dev.careshop.bootstrap.support.SqlStatementCounter.CONFIRMING_THE_USER;
import static dev.careshop.bootstrap.support.TestData.marker;
import static dev.careshop.bootstrap.support.UserApi.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.bootstrap.support.UserApi;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The users' reads and writes cost a constant number of SQL statements, whatever the number of rows (SPEC.md §2),
 * in the manner of the clinic's StatementCountTest: the same request over a small and a large data set.
 */
class UserStatementCountTest extends HttpTest {

    @Test
    void userListPageCostsTheSameForFiveAndFiftyRows() throws Exception {
        UserApi users = new UserApi(mvc);
        String small = "few" + marker();
        String large = "many" + marker();
        for (int i = 0; i < 6; i++) {
            users.user(small + "." + i);
        }
        for (int i = 0; i < 55; i++) {
            users.user(large + "." + i);
        }

        long five = sqlStatements.count(() -> mvc.perform(get("/api/users").param("q", small).param("size", "5"))
                .andExpect(jsonPath("$.content.length()").value(5)));
        long fifty = sqlStatements.count(() -> mvc.perform(get("/api/users").param("q", large).param("size", "50"))
                .andExpect(jsonPath("$.content.length()").value(50)));

        assertThat(fifty).as("the token's user, page query and count query").isEqualTo(five).isEqualTo(CONFIRMING_THE_USER + 2);
    }

    @Test
    void postsPageCostsTheSameForFewAndManyPosts() throws Exception {
        UserApi users = new UserApi(mvc);
        UUID quiet = users.user();
        UUID chatty = users.user();
        for (int i = 0; i < 6; i++) {
            users.post(quiet, "Quiet " + i);
        }
        for (int i = 0; i < 55; i++) {
            users.post(chatty, "Chatty " + i);
        }

        long few = sqlStatements.count(() -> mvc.perform(get("/api/users/" + quiet + "/posts").param("size", "5"))
                .andExpect(jsonPath("$.content.length()").value(5)));
        long many = sqlStatements.count(() -> mvc.perform(get("/api/users/" + chatty + "/posts").param("size", "50"))
                .andExpect(jsonPath("$.content.length()").value(50)));

        assertThat(many).as("the token's user, user exists, page query, count query").isEqualTo(few).isEqualTo(CONFIRMING_THE_USER + 3);
    }

    @Test
    void readingAUserIsOneStatement() throws Exception {
        UUID id = new UserApi(mvc).user();
        assertThat(sqlStatements.count(() -> mvc.perform(get("/api/users/" + id)).andExpect(status().isOk()))).isEqualTo(CONFIRMING_THE_USER + 1);
    }

    @Test
    void writingAPostCostsTheSameWhateverTheUserAlreadyWrote() throws Exception {
        UserApi users = new UserApi(mvc);
        UUID fresh = users.user();
        UUID prolific = users.user();
        for (int i = 0; i < 30; i++) {
            users.post(prolific, "Post " + i);
        }

        long first = sqlStatements.count(() -> users.post(fresh, "First"));
        long thirtyFirst = sqlStatements.count(() -> users.post(prolific, "Thirty-first"));

        assertThat(thirtyFirst).as("the token's user, load the user, insert the post; no other post is read").isEqualTo(first).isEqualTo(CONFIRMING_THE_USER + 2);
    }

    @Test
    void deletingTheInactiveUsersIsTwoStatementsWhateverTheirNumber() throws Exception {
        UserApi users = new UserApi(mvc);
        for (int i = 0; i < 2; i++) {
            users.inactiveUser(username("few"));
        }
        long few = sqlStatements.count(() -> mvc.perform(delete("/api/users").param("active", "false")).andExpect(status().isOk()));
        for (int i = 0; i < 25; i++) {
            users.inactiveUser(username("many"));
        }
        long many = sqlStatements.count(() -> mvc.perform(delete("/api/users").param("active", "false")).andExpect(status().isOk()));

        assertThat(many).as("the token's user, lock the candidates, then delete and count").isEqualTo(few).isEqualTo(CONFIRMING_THE_USER + 2);
    }
}
