package dev.careshop.bootstrap.shop;

import static dev.careshop.bootstrap.support.SqlStatementCounter.CONFIRMING_THE_USER;
import static dev.careshop.bootstrap.shop.OrderRequests.line;
import static dev.careshop.bootstrap.shop.OrderRequests.order;
import static dev.careshop.bootstrap.support.Json.body;
import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.Json.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.HttpTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * SPEC.md §2: reads of one order and every list page cost a constant number of SQL statements, whatever the number of
 * lines and payments. Counted at the JDBC connection (SqlStatementCounter).
 */
class OrderStatementCountTest extends HttpTest {

    private UUID orderWithLines(UUID user, int lines) throws Exception {
        List<OrderRequests.Line> items = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            items.add(line(shop().product("1.00", 100), 1));
        }
        return UUID.fromString(read(body(mvc.perform(postJson("/api/orders", order(user, items.toArray(OrderRequests.Line[]::new))))
                .andExpect(status().isCreated())), "$.id"));
    }

    private void paid(UUID order) throws Exception {
        mvc.perform(postJson("/api/orders/" + order + "/payment", OrderRequests.payment("CARD", "tok_declined")));
        mvc.perform(postJson("/api/orders/" + order + "/payment", OrderRequests.payment("CARD", "tok_visa")))
                .andExpect(status().isCreated());
    }

    @Test
    void readingAnOrderCostsTheSameFor1And50Lines() throws Exception {
        UUID user = shop().user();
        UUID small = orderWithLines(user, 1);
        UUID large = orderWithLines(user, 50);
        paid(large);

        long one = sqlStatements.count(() -> mvc.perform(get("/api/orders/" + small)).andExpect(jsonPath("$.items.length()").value(1)));
        long fifty = sqlStatements.count(() -> mvc.perform(get("/api/orders/" + large))
                .andExpect(jsonPath("$.items.length()").value(50))
                .andExpect(jsonPath("$.payment.status").value("COMPLETED")));

        assertThat(fifty).as("the token's user, the order, its lines, its payments").isEqualTo(one).isEqualTo(CONFIRMING_THE_USER + 3);
    }

    @Test
    void anOrderListPageCostsTheSameFor2And25OrdersWithManyLines() throws Exception {
        UUID quiet = shop().user();
        UUID busy = shop().user();
        for (int i = 0; i < 3; i++) {
            orderWithLines(quiet, 1);
        }
        for (int i = 0; i < 26; i++) {
            UUID order = orderWithLines(busy, 4);
            if (i % 2 == 0) {
                paid(order);
            }
        }

        long small = sqlStatements.count(() -> mvc.perform(get("/api/orders").param("userId", quiet.toString()).param("size", "2"))
                .andExpect(jsonPath("$.content.length()").value(2)));
        long large = sqlStatements.count(() -> mvc.perform(get("/api/orders").param("userId", busy.toString()).param("size", "25"))
                .andExpect(jsonPath("$.content.length()").value(25))
                .andExpect(jsonPath("$.content[24].items.length()").value(4)));
        assertThat(large).as("the token's user, page, count, the page's lines, the page's payments").isEqualTo(small).isEqualTo(CONFIRMING_THE_USER + 4);

        long smallHistory = sqlStatements.count(() -> mvc.perform(get("/api/users/" + quiet + "/orders").param("size", "2")));
        long largeHistory = sqlStatements.count(() -> mvc.perform(get("/api/users/" + busy + "/orders").param("size", "25"))
                .andExpect(jsonPath("$.content.length()").value(25)));
        assertThat(largeHistory).as("the token's user, the user exists, then the same four").isEqualTo(smallHistory).isEqualTo(CONFIRMING_THE_USER + 5);
    }

    @Test
    void placingAnOrderCostsFiveStatementsPlusOneConditionalUpdatePerLine() throws Exception {
        UUID user = shop().user();
        List<OrderRequests.Line> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(line(shop().product("1.00", 100), 1));
        }
        UUID single = shop().product("1.00", 100);

        long oneLine = sqlStatements.count(() -> mvc.perform(postJson("/api/orders", order(user, line(single, 1))))
                .andExpect(status().isCreated()));
        long tenLines = sqlStatements.count(() -> mvc.perform(postJson("/api/orders", order(user, ten.toArray(OrderRequests.Line[]::new))))
                .andExpect(status().isCreated()));

        System.out.printf("Placing an order: %d statements with 1 line, %d with 10 lines%n", oneLine, tenLines);
        // the token's user; the ordering user, all products in one query, one conditional UPDATE per line, the order
        // INSERT, the lines in one batch, the OrderPlaced event into the outbox (no product runs out here)
        assertThat(oneLine).isEqualTo(CONFIRMING_THE_USER + 5 + 1);
        assertThat(tenLines).isEqualTo(CONFIRMING_THE_USER + 5 + 10);
    }
}
