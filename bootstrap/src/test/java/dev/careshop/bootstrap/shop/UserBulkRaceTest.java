package dev.careshop.bootstrap.shop;

import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.UserApi.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.bootstrap.support.UserApi;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The bulk user operations against another transaction that holds a row they need: the other transaction is a plain
 * JDBC connection kept open until the request is seen waiting for its lock, then committed. Without the locks the
 * adapter takes, the request would act on a snapshot from before that commit.
 */
@DisplayName("Bulk user operations racing another transaction")
class UserBulkRaceTest extends HttpTest {

    private static final String USERS = "/api/users";

    private UserApi users() {
        return new UserApi(mvc);
    }

    @Test
    void anOrderCommittedWhileTheInactiveUsersAreDeletedKeepsItsUserAndTheOthersStillGo() throws Exception {
        UUID goes = users().inactiveUser(username("goes"));
        UUID ordering = users().inactiveUser(username("ordering"));

        MvcResult result;
        try (Connection order = dataSource.getConnection()) {
            order.setAutoCommit(false);
            insertOrder(order, ordering);
            CompletableFuture<MvcResult> deletion = perform(delete(USERS).param("active", "false"));
            awaitWaitingForALock(deletion);
            order.commit();
            result = deletion.get(30, TimeUnit.SECONDS);
        }

        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        Number skipped = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.skipped");
        assertThat(skipped.longValue()).as("the user with the new order counts as kept").isGreaterThanOrEqualTo(1);
        assertThat(status(get(USERS + "/" + goes))).isEqualTo(404);
        assertThat(status(get(USERS + "/" + ordering))).isEqualTo(200);
    }

    @Test
    void aUserDeletedWhileTheStatusChangesIsReportedUnknownAndNothingChanges() throws Exception {
        UUID stays = users().user();
        UUID deleted = users().user();

        MvcResult result;
        try (Connection deletion = dataSource.getConnection()) {
            deletion.setAutoCommit(false);
            try (PreparedStatement statement = deletion.prepareStatement("DELETE FROM users WHERE id = ?")) {
                statement.setObject(1, deleted);
                assertThat(statement.executeUpdate()).isEqualTo(1);
            }
            CompletableFuture<MvcResult> change = perform(postJson(USERS + "/status",
                    "{\"ids\": [\"" + stays + "\", \"" + deleted + "\"], \"active\": false}"));
            awaitWaitingForALock(change);
            deletion.commit();
            result = change.get(30, TimeUnit.SECONDS);
        }

        String body = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(422);
        assertThat(body).contains(deleted.toString()).doesNotContain(stays.toString());
        assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT active FROM users WHERE id = ?", Boolean.class, stays))
                .as("all or nothing").isTrue();
    }

    private CompletableFuture<MvcResult> perform(RequestBuilder request) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return mvc.perform(request).andReturn();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private int status(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    /** Until another backend of this database waits for a row lock (the request is blocked by our open transaction). */
    private void awaitWaitingForALock(CompletableFuture<?> request) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            Integer waiting = jdbc.queryForObject("""
                    SELECT count(*) FROM pg_stat_activity
                    WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'""",
                    Integer.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            assertThat(request).as("the request must wait for the open transaction, not finish before it").isNotDone();
            Thread.sleep(20);
        }
        throw new AssertionError("the request never waited for the open transaction's lock");
    }

    private static void insertOrder(Connection connection, UUID userId) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO orders (id, user_id, status, total_amount, shipping_line1, shipping_city, shipping_postal_code,
                                    shipping_country, created_at, updated_at, version)
                VALUES (?, ?, 'PENDING', 0, 'Main Street 1', 'Vienna', '1010', 'AT', now(), now(), 0)""")) {
            statement.setObject(1, UUID.randomUUID());
            statement.setObject(2, userId);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }
}
