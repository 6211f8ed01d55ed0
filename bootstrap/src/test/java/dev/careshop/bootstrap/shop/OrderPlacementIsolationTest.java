package dev.careshop.bootstrap.shop;

import static dev.careshop.bootstrap.shop.OrderRequests.line;
import static dev.careshop.bootstrap.shop.OrderRequests.order;
import static dev.careshop.bootstrap.support.Json.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.bootstrap.support.HttpTest;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An order placed while another transaction is changing one of its products (the catalog deactivating it or changing
 * its price) or its user (deactivating the account) must see that change once it commits: it may not take stock of a product that is no longer sold, nor
 * record a price that is no longer the product's. The other transaction is held open on a JDBC connection of its own
 * until the order's request is seen waiting for it, so the interleaving is the same on every run.
 */
class OrderPlacementIsolationTest extends HttpTest {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private CompletableFuture<HttpResponse<String>> placeAsync(String json) {
        return http.sendAsync(postOnThePort("/api/orders", json), HttpResponse.BodyHandlers.ofString());
    }

    /** Runs {@code changeSql} in an open transaction, places the order, waits until it blocks on that change, commits. */
    private HttpResponse<String> placeWhileUncommitted(String changeSql, UUID row, String orderJson) throws Exception {
        try (Connection catalog = dataSource.getConnection()) {
            catalog.setAutoCommit(false);
            try (PreparedStatement change = catalog.prepareStatement(changeSql)) {
                change.setObject(1, row);
                assertThat(change.executeUpdate()).isEqualTo(1);
            }
            CompletableFuture<HttpResponse<String>> placing = placeAsync(orderJson);
            awaitSomeoneWaitingForALock();
            catalog.commit();
            return placing.get(30, TimeUnit.SECONDS);
        }
    }

    private void awaitSomeoneWaitingForALock() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try (Connection observer = dataSource.getConnection();
             PreparedStatement waiting = observer.prepareStatement(
                     "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rows = waiting.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the order never waited for the product row");
    }

    /** An order placed while someone deactivates its product or its user waits for them, then is refused and takes nothing. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "UPDATE products SET active = false WHERE id = ? | product | items[0].productId",
            "UPDATE users SET active = false WHERE id = ?    | user    | userId"})
    void aProductOrUserDeactivatedWhileTheOrderIsPlacedIsRefusedAndNothingIsTaken(String changeSql, String changed, String field)
            throws Exception {
        UUID product = shop().product("5.00", 10);
        UUID user = shop().user();

        HttpResponse<String> response = placeWhileUncommitted(changeSql, changed.equals("user") ? user : product,
                order(user, line(product, 2)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat((String) read(response.body(), "$.errors[0].field")).isEqualTo(field);
        assertThat(shop().stock(product)).isEqualTo(10);
        assertThat(shop().ordersOf(user)).isZero();
    }

    @Test
    void aPriceChangedWhileTheOrderIsPlacedIsThePriceRecorded() throws Exception {
        UUID product = shop().product("5.00", 10);
        UUID user = shop().user();

        HttpResponse<String> response = placeWhileUncommitted(
                "UPDATE products SET price = 7.00 WHERE id = ?", product, order(user, line(product, 2)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(new BigDecimal(read(response.body(), "$.items[0].unitPrice").toString())).isEqualByComparingTo("7.00");
        assertThat(new BigDecimal(read(response.body(), "$.totalAmount").toString())).isEqualByComparingTo("14.00");
        assertThat(shop().stock(product)).isEqualTo(8);
    }
}
