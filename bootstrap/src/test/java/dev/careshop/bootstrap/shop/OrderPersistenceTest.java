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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The database's last lines of defence behind the order rules, seen through the API. A second successful payment
 * refused by the partial unique index, in the domain's words, is the order repository's promise and is proven with
 * its contract (adapters-persistence, OrderPersistenceAdapterContractTest).
 */
class OrderPersistenceTest extends HttpTest {

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
