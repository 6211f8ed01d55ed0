package dev.careshop.bootstrap.shop;

import static dev.careshop.bootstrap.shop.OrderRequests.line;
import static dev.careshop.bootstrap.shop.OrderRequests.order;
import static dev.careshop.bootstrap.shop.OrderRequests.payment;
import static dev.careshop.bootstrap.support.Json.read;
import static dev.careshop.bootstrap.support.ProblemExpectations.assertNoLeak;
import static java.util.Collections.nCopies;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.bootstrap.support.ShopFixtures;
import dev.careshop.bootstrap.support.StartGate;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Many clients order, pay and cancel at the same moment over the real port, so the requests run in truly parallel
 * transactions against PostgreSQL: stock is never oversold, no order exists without its stock, concurrent orders over
 * the same products in opposite line order never surface a deadlock, and an order is paid or cancelled once.
 */
class OrderConcurrencyTest extends HttpTest {

    private static final int THREADS = 24;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private record Outcome(int status, String body) {
    }

    /** Sends every request at once; no answer may leak an implementation detail. */
    private List<Outcome> race(List<HttpRequest> requests) throws Exception {
        List<Outcome> outcomes = StartGate.runAtOnce(requests.stream().<Callable<Outcome>>map(request -> () -> {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Outcome(response.statusCode(), response.body());
        }).toList());
        outcomes.forEach(outcome -> assertNoLeak(outcome.body()));
        return outcomes;
    }

    private static long count(List<Outcome> outcomes, int status) {
        return outcomes.stream().filter(outcome -> outcome.status() == status).count();
    }

    private static void assertOnly(List<Outcome> outcomes, int success, String conflictType) {
        assertThat(outcomes).as("every answer is %d or 409: %s", success, outcomes)
                .allSatisfy(outcome -> assertThat(outcome.status()).isIn(success, 409));
        outcomes.stream().filter(outcome -> outcome.status() == 409).forEach(outcome -> {
            assertThat((String) read(outcome.body(), "$.type")).endsWith(conflictType);
            assertThat((String) read(outcome.body(), "$.detail")).isNotBlank();
        });
    }

    private UUID placed(UUID user, UUID product, int quantity) throws Exception {
        HttpResponse<String> created = http.send(postOnThePort("/api/orders", order(user, line(product, quantity))),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return UUID.fromString(read(created.body(), "$.id"));
    }

    @Test
    void theLastUnitsAreSoldExactlyOnce() throws Exception {
        ShopFixtures shop = shop();
        int units = 5;
        UUID product = shop.product("9.99", units);
        UUID user = shop.user();
        List<HttpRequest> requests = IntStream.range(0, THREADS)
                .mapToObj(i -> postOnThePort("/api/orders", order(user, line(product, 1))))
                .toList();

        List<Outcome> outcomes = race(requests);

        assertOnly(outcomes, 201, "insufficient-stock");
        assertThat(count(outcomes, 201)).isEqualTo(units);
        assertThat(count(outcomes, 409)).isEqualTo(THREADS - units);
        assertThat(shop.stock(product)).isZero();
        assertThat(shop.ordersOf(user)).as("no order without its stock").isEqualTo(units);
        assertThat(shop.unitsOrdered(product)).isEqualTo(units);
    }

    @Test
    void unevenQuantitiesNeverOversell() throws Exception {
        ShopFixtures shop = shop();
        UUID product = shop.product("1.00", 20);
        UUID user = shop.user();
        List<HttpRequest> requests = IntStream.range(0, THREADS)
                .mapToObj(i -> postOnThePort("/api/orders", order(user, line(product, 1 + i % 3))))
                .toList();

        List<Outcome> outcomes = race(requests);

        assertOnly(outcomes, 201, "insufficient-stock");
        assertThat(shop.stock(product)).isNotNegative();
        assertThat(shop.unitsOrdered(product) + shop.stock(product)).as("units ordered plus units left").isEqualTo(20);
        assertThat(shop.ordersOf(user)).isEqualTo(count(outcomes, 201));
    }

    @Test
    void ordersOverTheSameProductsInOppositeOrderNeverDeadlock() throws Exception {
        ShopFixtures shop = shop();
        int stock = 60;
        UUID first = shop.product("1.00", stock);
        UUID second = shop.product("2.00", stock);
        UUID user = shop.user();
        List<Outcome> all = new ArrayList<>();

        for (int round = 0; round < 4; round++) {
            List<HttpRequest> requests = IntStream.range(0, THREADS)
                    .mapToObj(i -> postOnThePort("/api/orders", i % 2 == 0
                            ? order(user, line(first, 1), line(second, 1))
                            : order(user, line(second, 1), line(first, 1))))
                    .toList();
            all.addAll(race(requests));
        }

        assertOnly(all, 201, "insufficient-stock");
        long placed = count(all, 201);
        assertThat(placed).as("60 units each, 96 orders of one unit each: stock runs out").isEqualTo(stock);
        assertThat(shop.ordersOf(user)).isEqualTo(placed);
        assertThat(shop.stock(first)).isEqualTo(stock - shop.unitsOrdered(first)).isZero();
        assertThat(shop.stock(second)).isEqualTo(stock - shop.unitsOrdered(second)).isZero();
    }

    @Test
    void anOrderIsPaidOnceHoweverManyPayAtOnce() throws Exception {
        UUID product = shop().product("3.00", 10);
        UUID user = shop().user();
        UUID orderId = placed(user, product, 2);

        List<Outcome> outcomes = race(nCopies(THREADS, postOnThePort("/api/orders/" + orderId + "/payment",
                payment("CARD", "tok_visa"))));

        assertOnly(outcomes, 201, "conflict");
        assertThat(count(outcomes, 201)).isEqualTo(1);
        assertThat(shop().paymentsOf(orderId, "COMPLETED")).isEqualTo(1);
    }

    @Test
    void anOrderIsCancelledAndRestockedOnce() throws Exception {
        UUID product = shop().product("3.00", 10);
        UUID user = shop().user();
        UUID orderId = placed(user, product, 4);

        List<Outcome> outcomes = race(nCopies(THREADS, postOnThePort("/api/orders/" + orderId + "/cancel", "")));

        assertOnly(outcomes, 200, "conflict");
        assertThat(count(outcomes, 200)).isEqualTo(1);
        assertThat(shop().stock(product)).isEqualTo(10);
    }

    @Test
    void payingAndCancellingAtOnceLeaveEitherAPaidOrderOrARefundedAndRestockedOne() throws Exception {
        for (int round = 0; round < 3; round++) {
            UUID product = shop().product("3.00", 10);
            UUID user = shop().user();
            UUID orderId = placed(user, product, 4);

            List<Outcome> outcomes = race(IntStream.range(0, THREADS)
                    .mapToObj(i -> i % 2 == 0
                            ? postOnThePort("/api/orders/" + orderId + "/payment", payment("CARD", "tok_visa"))
                            : postOnThePort("/api/orders/" + orderId + "/cancel", ""))
                    .toList());

            assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.status()).as(outcome.body()).isIn(200, 201, 409));
            String status = shop().orderStatus(orderId);
            assertThat(count(outcomes, 200)).as("cancelled at most once").isLessThanOrEqualTo(1);
            assertThat(shop().paymentsOf(orderId, "COMPLETED") + shop().paymentsOf(orderId, "REFUNDED"))
                    .as("charged at most once").isLessThanOrEqualTo(1);
            if (status.equals("CANCELLED")) {
                assertThat(shop().paymentsOf(orderId, "COMPLETED")).as("a cancelled order keeps no completed payment").isZero();
                assertThat(shop().stock(product)).isEqualTo(10);
            } else {
                assertThat(status).isEqualTo("PROCESSING");
                assertThat(count(outcomes, 200)).isZero();
                assertThat(shop().paymentsOf(orderId, "COMPLETED")).isEqualTo(1);
                assertThat(shop().stock(product)).isEqualTo(6);
            }
        }
    }

    @Test
    void shippingAndCancellingAPaidOrderAtOnceNeverDoBoth() throws Exception {
        UUID product = shop().product("3.00", 10);
        UUID user = shop().user();
        UUID orderId = placed(user, product, 4);
        assertThat(http.send(postOnThePort("/api/orders/" + orderId + "/payment", payment("CARD", "tok_visa")),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);

        List<Outcome> outcomes = race(IntStream.range(0, THREADS)
                .mapToObj(i -> postOnThePort("/api/orders/" + orderId + (i % 2 == 0 ? "/ship" : "/cancel"), ""))
                .toList());

        assertOnly(outcomes, 200, "conflict");
        assertThat(count(outcomes, 200)).isEqualTo(1);
        boolean cancelled = shop().orderStatus(orderId).equals("CANCELLED");
        assertThat(shop().stock(product)).isEqualTo(cancelled ? 10 : 6);
        assertThat(shop().paymentsOf(orderId, "REFUNDED")).isEqualTo(cancelled ? 1 : 0);
    }
}
