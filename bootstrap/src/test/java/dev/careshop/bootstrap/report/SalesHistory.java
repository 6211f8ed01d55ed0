package dev.careshop.bootstrap.report;

import static dev.careshop.bootstrap.support.Json.body;
import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.Json.read;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.shop.OrderRequests;
import dev.careshop.bootstrap.shop.OrderRequests.Line;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Orders in the past, the way reports see them: each placed, paid, shipped, delivered or cancelled through the API
 * (so its lines carry the prices of the moment and its status came about by the rules), then moved back in time with
 * one SQL update of its placement date, which no API can set.
 */
final class SalesHistory {

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;

    SalesHistory(MockMvc mvc, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    /** An order of {@code lines} by {@code customer}, brought to {@code status}, placed at {@code placedAt}. */
    UUID order(UUID customer, Instant placedAt, String status, Line... lines) throws Exception {
        UUID order = UUID.fromString(read(body(mvc.perform(postJson("/api/orders", OrderRequests.order(customer, lines)))
                .andExpect(status().isCreated())), "$.id"));
        switch (status) {
            case "PENDING" -> { }
            case "PROCESSING" -> pay(order);
            case "SHIPPED" -> {
                pay(order);
                transition(order, "ship");
            }
            case "DELIVERED" -> {
                pay(order);
                transition(order, "ship");
                transition(order, "deliver");
            }
            // Paid first: a refunded sale must not count either.
            case "CANCELLED" -> {
                pay(order);
                transition(order, "cancel");
            }
            default -> throw new IllegalArgumentException(status);
        }
        jdbc.update("UPDATE orders SET created_at = ? WHERE id = ?", placedAt.atOffset(ZoneOffset.UTC), order);
        return order;
    }

    private void pay(UUID order) throws Exception {
        mvc.perform(postJson("/api/orders/" + order + "/payment", OrderRequests.payment("CARD", "tok_visa")))
                .andExpect(status().isCreated());
    }

    private void transition(UUID order, String action) throws Exception {
        mvc.perform(post("/api/orders/" + order + "/" + action)).andExpect(status().isOk());
    }
}
