package dev.careshop.bootstrap.idempotency;

import static dev.careshop.bootstrap.shop.OrderRequests.line;
import static dev.careshop.bootstrap.shop.OrderRequests.order;
import static dev.careshop.bootstrap.shop.OrderRequests.payment;
import static dev.careshop.bootstrap.support.Auth.anonymous;
import static dev.careshop.bootstrap.support.Auth.as;
import static dev.careshop.bootstrap.support.Json.body;
import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.Json.read;
import static dev.careshop.bootstrap.support.ProblemExpectations.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.bootstrap.support.Identities.Identity;
import dev.careshop.bootstrap.support.StartGate;
import dev.careshop.bootstrap.support.UserApi;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code Idempotency-Key} over HTTP against PostgreSQL: a retried request changes nothing and gets the first answer,
 * marked {@code Idempotent-Replayed: true}; a key reused for another request is 422; the key belongs to its user;
 * answers the client can fix are not kept; and twenty clients racing with one key place one order.
 */
class IdempotencyApiTest extends HttpTest {

    private static final String KEY = "Idempotency-Key";
    private static final String REPLAYED = "Idempotent-Replayed";

    private static MockHttpServletRequestBuilder withKey(MockHttpServletRequestBuilder request, String key) {
        return request.header(KEY, key);
    }

    /** POST /api/orders with {@code json} and the {@code Idempotency-Key} {@code key}. */
    private ResultActions placeWith(String key, String json) throws Exception {
        return mvc.perform(withKey(postJson("/api/orders", json), key));
    }

    private static String newKey() {
        return "key-" + UUID.randomUUID();
    }

    @Test
    void aRetriedOrderIsPlacedOnceAndAnsweredTwiceTheSame() throws Exception {
        UUID user = shop().user();
        UUID product = shop().product("4.99", 10);
        String key = newKey();
        String json = order(user, line(product, 3));

        MvcResult first = placeWith(key, json)
                .andExpect(status().isCreated()).andExpect(header().doesNotExist(REPLAYED)).andReturn();
        MvcResult retry = placeWith(key, json)
                .andExpect(status().isCreated()).andExpect(header().string(REPLAYED, "true")).andReturn();

        assertThat(retry.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(retry.getResponse().getHeader("Location")).isEqualTo(first.getResponse().getHeader("Location"))
                .isNotNull();
        assertThat(retry.getResponse().getHeader("ETag")).isEqualTo(first.getResponse().getHeader("ETag"));
        assertThat(retry.getResponse().getContentType()).isEqualTo(first.getResponse().getContentType());
        assertThat(shop().ordersOf(user)).isEqualTo(1);
        assertThat(shop().stock(product)).as("stock taken once").isEqualTo(7);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox WHERE event_type = 'OrderPlaced' "
                + "AND payload ->> 'userId' = ?", Long.class, user.toString())).as("one event").isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyOrPathIs422AndChangesNothing() throws Exception {
        UUID user = shop().user();
        UUID product = shop().product("4.99", 10);
        String key = newKey();
        placeWith(key, order(user, line(product, 1))).andExpect(status().isCreated());

        expectReused(placeWith(key, order(user, line(product, 2))));
        expectReused(mvc.perform(withKey(postJson("/api/appointments", "{}"), key)));

        assertThat(shop().ordersOf(user)).isEqualTo(1);
        assertThat(shop().stock(product)).isEqualTo(9);
    }

    private static void expectReused(ResultActions actions) throws Exception {
        actions.andExpect(problem(422, "idempotency-key-reused")).andExpect(header().doesNotExist(REPLAYED));
    }

    @Test
    void aKeyBelongsToItsUser() throws Exception {
        Identity alice = identities().customer("idem-alice");
        Identity bob = identities().customer("idem-bob");
        UUID product = shop().product("1.00", 10);
        String key = newKey();

        mvc.perform(withKey(postJson("/api/orders", order(alice.id(), line(product, 1))), key).with(as(alice.token())))
                .andExpect(status().isCreated());
        mvc.perform(withKey(postJson("/api/orders", order(bob.id(), line(product, 1))), key).with(as(bob.token())))
                .andExpect(status().isCreated()).andExpect(header().doesNotExist(REPLAYED));

        assertThat(shop().ordersOf(alice.id())).isEqualTo(1);
        assertThat(shop().ordersOf(bob.id())).isEqualTo(1);
    }

    @Test
    void aRefusalOfTheRequestItselfIsNotKeptSoTheFixedRequestMayUseTheKey() throws Exception {
        UUID user = shop().user();
        UUID product = shop().product("4.99", 10);
        String key = newKey();

        placeWith(key, order(user, line(product, 0))).andExpect(status().isBadRequest());
        placeWith(key, order(user, line(UUID.randomUUID(), 1)))
                .andExpect(status().isUnprocessableContent());
        placeWith(key, order(user, line(product, 1)))
                .andExpect(status().isCreated()).andExpect(header().doesNotExist(REPLAYED));
    }

    @Test
    void aDomainRefusalIsKeptAndReplayedEvenOnceItNoLongerHolds() throws Exception {
        UUID user = shop().user();
        UUID product = shop().product("4.99", 1);
        String key = newKey();
        String json = order(user, line(product, 2));

        String refused = body(placeWith(key, json).andExpect(status().isConflict()));
        jdbc.update("UPDATE products SET stock_quantity = 50 WHERE id = ?", product);

        MvcResult replayed = placeWith(key, json)
                .andExpect(status().isConflict()).andExpect(header().string(REPLAYED, "true")).andReturn();
        assertThat(replayed.getResponse().getContentAsString()).isEqualTo(refused);
        assertThat(shop().ordersOf(user)).isZero();
    }

    @Test
    void aDeclinedPaymentIsKeptAnApprovedOneChargedOnceAndATransitionReplayed() throws Exception {
        UUID user = shop().user();
        UUID orderId = UUID.fromString(read(body(mvc.perform(postJson("/api/orders",
                order(user, line(shop().product("4.99", 10), 1)))).andExpect(status().isCreated())), "$.id"));
        String paymentPath = "/api/orders/" + orderId + "/payment";

        String declinedKey = newKey();
        mvc.perform(withKey(postJson(paymentPath, payment("CARD", "tok_declined")), declinedKey))
                .andExpect(status().isPaymentRequired());
        mvc.perform(withKey(postJson(paymentPath, payment("CARD", "tok_declined")), declinedKey))
                .andExpect(status().isPaymentRequired()).andExpect(header().string(REPLAYED, "true"));

        String approvedKey = newKey();
        for (int attempt = 0; attempt < 3; attempt++) {
            mvc.perform(withKey(postJson(paymentPath, payment("CARD", "tok_visa")), approvedKey))
                    .andExpect(status().isCreated());
        }
        assertThat(shop().paymentsOf(orderId, "COMPLETED")).isEqualTo(1);
        assertThat(shop().paymentsOf(orderId, "FAILED")).as("the declined attempt was recorded once").isEqualTo(1);

        String shipKey = newKey();
        String shipped = body(mvc.perform(withKey(post("/api/orders/" + orderId + "/ship"), shipKey))
                .andExpect(status().isOk()));
        assertThat(body(mvc.perform(withKey(post("/api/orders/" + orderId + "/ship"), shipKey))
                .andExpect(status().isOk()).andExpect(header().string(REPLAYED, "true")))).isEqualTo(shipped);
        mvc.perform(post("/api/orders/" + orderId + "/ship")).andExpect(status().isConflict());
    }

    @Test
    void signingUpAnonymouslyWithAKeyCreatesOneUser() throws Exception {
        String username = UserApi.username("idem");
        String json = UserApi.newUser(username).json();
        String key = newKey();

        String first = body(mvc.perform(withKey(postJson("/api/users", json), key).with(anonymous()))
                .andExpect(status().isCreated()));
        String retry = body(mvc.perform(withKey(postJson("/api/users", json), key).with(anonymous()))
                .andExpect(status().isCreated()).andExpect(header().string(REPLAYED, "true")));

        assertThat(retry).isEqualTo(first);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE username = ?", Long.class, username)).isEqualTo(1);
    }

    @Test
    void aRepeatWhileTheFirstStillRunsIs409WithRetryAfterAndChangesNothing() throws Exception {
        Identity alice = identities().customer("idem-busy");
        UUID product = shop().product("1.00", 10);
        String key = newKey();
        // Holds the key's lock the way a running request does (IdempotencyKeyPersistenceAdapter's advisory lock).
        try (Connection running = dataSource.getConnection()) {
            running.setAutoCommit(false);
            try (PreparedStatement lock = running.prepareStatement(
                    "SELECT pg_advisory_xact_lock(hashtextextended(CAST(? AS text) || ':' || ?, 0))")) {
                lock.setString(1, alice.id().toString());
                lock.setString(2, key);
                lock.execute();
            }
            mvc.perform(withKey(postJson("/api/orders", order(alice.id(), line(product, 1))), key).with(as(alice.token())))
                    .andExpect(problem(409, "idempotency-key-in-use"))
                    .andExpect(header().string("Retry-After", "1"));
            running.rollback();
        }

        assertThat(shop().ordersOf(alice.id())).isZero();
        mvc.perform(withKey(postJson("/api/orders", order(alice.id(), line(product, 1))), key).with(as(alice.token())))
                .andExpect(status().isCreated()).andExpect(header().doesNotExist(REPLAYED));
    }

    @Test
    void aMalformedKeyIs400() throws Exception {
        UUID user = shop().user();
        UUID product = shop().product("4.99", 10);
        for (String key : List.of("", "x".repeat(256), "caf\u00e9", "tab\there")) {
            placeWith(key, order(user, line(product, 1)))
                    .andExpect(problem(400, "invalid-request"));
        }
        mvc.perform(postJson("/api/orders", order(user, line(product, 1))).header(KEY, "a").header(KEY, "b"))
                .andExpect(problem(400, "invalid-request"));
        assertThat(shop().ordersOf(user)).isZero();
    }

    @Test
    void twentyClientsRacingWithOneKeyPlaceOneOrderAndAllGetItsAnswer() throws Exception {
        UUID user = shop().user();
        UUID product = shop().product("2.50", 100);
        String key = newKey();
        String json = order(user, line(product, 4));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = onThePort("/api/orders").header("Content-Type", "application/json").header(KEY, key)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();

        // Each client does what Retry-After tells it while the first request still runs.
        List<HttpResponse<String>> answers = StartGate.runAtOnce(IntStream.range(0, 20)
                .<Callable<HttpResponse<String>>>mapToObj(i -> () -> {
                    HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                    for (int retry = 0; answer.statusCode() == 409 && retry < 50; retry++) {
                        assertThat(answer.body()).contains("idempotency-key-in-use");
                        assertThat(answer.headers().firstValue("Retry-After")).contains("1");
                        Thread.sleep(100);
                        answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                    }
                    return answer;
                }).toList());

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201);
        assertThat(answers).extracting(HttpResponse::body).containsOnly(answers.get(0).body());
        assertThat(answers.stream().filter(answer -> answer.headers().firstValue(REPLAYED).isEmpty()))
                .as("exactly one answer was the request's own").hasSize(1);
        assertThat(shop().ordersOf(user)).isEqualTo(1);
        assertThat(shop().stock(product)).isEqualTo(96);
    }
}
