package dev.careshop.bootstrap.shop;

import static dev.careshop.bootstrap.shop.OrderRequests.line;
import static dev.careshop.bootstrap.shop.OrderRequests.order;
import static dev.careshop.bootstrap.support.Json.body;
import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.Json.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.domain.shop.order.Order;
import dev.careshop.domain.shop.order.OrderId;
import dev.careshop.domain.shop.order.OrderRepository;
import dev.careshop.domain.shop.order.PaymentMethod;
import dev.careshop.domain.shop.order.PaymentNotAllowedException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database's last lines of defence behind the order rules, and their translation: they must answer in the
 * domain's terms (a 409 or a 400), never as an untranslated constraint or a 500.
 */
class OrderPersistenceTest extends HttpTest {

    @Autowired
    private OrderRepository orders;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aSecondSuccessfulPaymentIsRefusedByThePartialUniqueIndex() throws Exception {
        UUID orderId = UUID.fromString(read(body(mvc.perform(postJson("/api/orders",
                order(shop().user(), line(shop().product("2.00", 5), 1)))).andExpect(status().isCreated())), "$.id"));

        assertThatExceptionOfType(PaymentNotAllowedException.class).isThrownBy(() -> transactions.executeWithoutResult(tx -> {
            Order order = orders.findById(new OrderId(orderId)).orElseThrow();
            // Another writer slips a successful payment in behind the domain's back ...
            Timestamp now = Timestamp.from(Instant.now());
            jdbc.update("""
                    INSERT INTO payments (id, order_id, method, amount, status, created_at, updated_at)
                    VALUES (?, ?, 'CARD', 2.00, 'COMPLETED', ?, ?)""", UUID.randomUUID(), orderId, now, now);
            // ... so the one this order records must be refused by the index, in the domain's words.
            order.recordApprovedPayment(PaymentMethod.PAYPAL, "ref", Clock.systemUTC());
            orders.save(order);
        }));
        assertThat(shop().paymentsOf(orderId, "COMPLETED")).as("rolled back").isZero();
    }

    @Test
    void metadataIsMeasuredAsSentAlthoughJsonbSpellsItWider() throws Exception {
        // Compact, the object is just under 16 KB; PostgreSQL's jsonb text adds a space after every ':' and ',', so
        // stored it is wider. The client's 16 KB are what the API promises, so the table's check leaves room for that.
        StringBuilder metadata = new StringBuilder("{");
        int i = 0;
        while (metadata.length() < 16_000) {
            metadata.append(i == 0 ? "" : ",").append("\"k").append(i++).append("\":1");
        }
        metadata.append('}');
        assertThat(metadata.length()).isLessThanOrEqualTo(16 * 1024);

        UUID orderId = UUID.fromString(read(body(mvc.perform(postJson("/api/orders", order(shop().user(), line(shop().product("1.00", 5), 1))
                        .replace("\"items\"", "\"metadata\": " + metadata + ", \"items\"")))
                .andExpect(status().isCreated())), "$.id"));
        assertThat(jdbc.queryForObject("SELECT octet_length(metadata::text) FROM orders WHERE id = ?", Integer.class, orderId))
                .isGreaterThan(16 * 1024);
    }

    @Test
    void theTableRefusesMetadataFarBeyondWhatTheApiAccepts() throws Exception {
        UUID orderId = UUID.fromString(read(body(mvc.perform(postJson("/api/orders",
                order(shop().user(), line(shop().product("1.00", 5), 1)))).andExpect(status().isCreated())), "$.id"));

        assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(() -> jdbc.update("UPDATE orders SET metadata = jsonb_build_object('k', repeat('x', 40000)) WHERE id = ?", orderId))
                .withMessageContaining("ck_orders_metadata_size");
    }
}
