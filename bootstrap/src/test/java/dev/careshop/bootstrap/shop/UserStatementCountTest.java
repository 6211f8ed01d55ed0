package dev.careshop.bootstrap.shop;

import static dev.careshop.bootstrap.support.SqlStatementCounter.CONFIRMING_THE_USER;
import static dev.careshop.bootstrap.support.UserApi.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
    void readingAUserIsOneStatement() throws Exception {
        UUID id = new UserApi(mvc).user();
        assertThat(sqlStatements.count(() -> mvc.perform(get("/api/users/" + id)).andExpect(status().isOk()))).isEqualTo(CONFIRMING_THE_USER + 1);
    }

    @Test
    void writingAPostCostsTheSameWhateverTheUserAlreadyWrote() throws Exception {
        UserApi users = new UserApi(mvc);
        UUID fresh = users.user();
        UUID prolific = users.user();
        times(30, i -> users.post(prolific, "Post " + i));

        long first = sqlStatements.count(() -> users.post(fresh, "First"));
        long thirtyFirst = sqlStatements.count(() -> users.post(prolific, "Thirty-first"));

        assertThat(thirtyFirst).as("the token's user, load the user, insert the post; no other post is read").isEqualTo(first).isEqualTo(CONFIRMING_THE_USER + 2);
    }

    @Test
    void deletingTheInactiveUsersIsTwoStatementsWhateverTheirNumber() throws Exception {
        UserApi users = new UserApi(mvc);
        times(2, i -> users.inactiveUser(username("few")));
        long few = sqlStatements.count(() -> mvc.perform(delete("/api/users").param("active", "false")).andExpect(status().isOk()));
        times(25, i -> users.inactiveUser(username("many")));
        long many = sqlStatements.count(() -> mvc.perform(delete("/api/users").param("active", "false")).andExpect(status().isOk()));

        assertThat(many).as("the token's user, lock the candidates, then delete and count").isEqualTo(few).isEqualTo(CONFIRMING_THE_USER + 2);
    }
}
