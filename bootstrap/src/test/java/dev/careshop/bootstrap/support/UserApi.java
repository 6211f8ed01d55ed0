package dev.careshop.bootstrap.support;

import static dev.careshop.bootstrap.support.Json.body;
import static dev.careshop.bootstrap.support.Json.id;
import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.Json.putJson;
import static dev.careshop.bootstrap.support.ProblemExpectations.noLeak;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Creates shop users and posts through the public HTTP API (and, for "a user with orders", one plain SQL row: the
 * orders code belongs to another slice). Every call asserts its own success and answers the new resource's id.
 */
public final class UserApi {

    /** The password every user made here has. */
    public static final String PASSWORD = "Correct-Horse-Battery-42";

    private final MockMvc mvc;

    public UserApi(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A valid create body for {@code username}, with e-mail {@code <username>@example.org} and {@link #PASSWORD}. */
    public static Body newUser(String username) {
        return new Body().str("username", username).str("email", username + "@example.org")
                .str("fullName", "Full " + username).str("password", PASSWORD);
    }

    /** A valid update body (no password). */
    public static Body profile(String username) {
        return newUser(username).remove("password");
    }

    /** A unique username: {@code prefix} and a marker. */
    public static String username(String prefix) {
        return prefix + "." + TestData.marker();
    }

    public UUID user(String username) throws Exception {
        return user(newUser(username));
    }

    public UUID user(Body body) throws Exception {
        return create("/api/users", body.json());
    }

    public UUID user() throws Exception {
        return user(username("user"));
    }

    public UUID inactiveUser(String username) throws Exception {
        UUID id = user(username);
        deactivate(id);
        return id;
    }

    public void deactivate(UUID id) throws Exception {
        mvc.perform(putJson("/api/users/" + id + "/active", "{\"active\": false}"))
                .andExpect(status().isNoContent());
    }

    public UUID post(UUID userId, String title) throws Exception {
        return create("/api/users/" + userId + "/posts", new Body().str("title", title).str("body", "About " + title).json());
    }

    /** Gives the user an order, as a plain row: the orders slice is not ours to call. */
    public static UUID insertOrder(JdbcTemplate jdbc, UUID userId) {
        UUID orderId = UUID.randomUUID();
        Instant now = Instant.now();
        jdbc.update("""
                INSERT INTO orders (id, user_id, status, total_amount, shipping_line1, shipping_city, shipping_postal_code,
                                    shipping_country, created_at, updated_at, version)
                VALUES (?, ?, 'PENDING', 0, 'Main Street 1', 'Vienna', '1010', 'AT', ?, ?, 0)""",
                orderId, userId, java.sql.Timestamp.from(now), java.sql.Timestamp.from(now));
        return orderId;
    }

    private UUID create(String path, String json) throws Exception {
        return id(body(mvc.perform(postJson(path, json))
                .andExpect(status().isCreated())
                .andExpect(noLeak())));
    }
}
