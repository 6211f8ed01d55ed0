package dev.careshop.bootstrap.shop;

import static dev.careshop.bootstrap.shop.OrderRequests.line;
import static dev.careshop.bootstrap.shop.OrderRequests.order;
import static dev.careshop.bootstrap.shop.OrderRequests.payment;
import static dev.careshop.bootstrap.support.Json.body;
import static dev.careshop.bootstrap.support.Json.id;
import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.Json.putJson;
import static dev.careshop.bootstrap.support.Json.read;
import static dev.careshop.bootstrap.support.ProblemExpectations.conflict;
import static dev.careshop.bootstrap.support.ProblemExpectations.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.CatalogApi;
import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.bootstrap.support.UserApi;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/**
 * The shop's slices together, through nothing but the public API: users and products made over HTTP are ordered,
 * paid, shipped and cancelled, and each step shows in the other slices' resources (stock, ETags, deletion rules).
 * The slice tests arrange the other slices' rows with SQL; this test proves the slices agree with each other.
 */
class ShopJourneyTest extends HttpTest {

    private UserApi users;
    private CatalogApi catalog;

    @BeforeEach
    void apis() {
        users = new UserApi(mvc);
        catalog = new CatalogApi(mvc);
    }

    private int stockOf(UUID product) throws Exception {
        Number stock = read(body(mvc.perform(get("/api/products/" + product)).andExpect(status().isOk())), "$.stockQuantity");
        return stock.intValue();
    }

    private String etagOf(UUID product) throws Exception {
        return mvc.perform(get("/api/products/" + product)).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
    }

    private UUID place(UUID user, OrderRequests.Line... lines) throws Exception {
        return id(body(mvc.perform(postJson("/api/orders", order(user, lines))).andExpect(status().isCreated())));
    }

    @Test
    void anOrderTakesStockFromProductsMadeOverTheApiAndCancellingGivesItBack() throws Exception {
        UUID customer = users.user();
        UUID category = catalog.category();
        UUID aspirin = catalog.product("Aspirin " + UUID.randomUUID(), "4.99", 5, category);
        UUID plaster = catalog.product("Plaster " + UUID.randomUUID(), "2.50", 3, category);
        String aspirinEtag = etagOf(aspirin);

        UUID order = place(customer, line(aspirin, 1), line(plaster, 3), line(aspirin, 2));

        mvc.perform(get("/api/orders/" + order)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].productName").value(org.hamcrest.Matchers.startsWith("Aspirin")))
                .andExpect(jsonPath("$.items[0].quantity").value(3))
                .andExpect(jsonPath("$.items[0].lineTotal").value(14.97))
                .andExpect(jsonPath("$.totalAmount").value(22.47))
                .andExpect(jsonPath("$.status").value("PENDING"));
        assertThat(stockOf(aspirin)).isEqualTo(2);
        assertThat(stockOf(plaster)).isZero();
        assertThat(etagOf(aspirin)).as("a sale changes the product's ETag").isNotEqualTo(aspirinEtag);

        mvc.perform(post("/api/orders/" + order + "/payment").contentType("application/json")
                        .content(payment("CARD", "tok_visa")))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/orders/" + order + "/cancel")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.payment.status").value("REFUNDED"));

        assertThat(stockOf(aspirin)).isEqualTo(5);
        assertThat(stockOf(plaster)).isEqualTo(3);
    }

    @Test
    void anOrderCannotTakeWhatAStockAdjustmentAlreadyTook() throws Exception {
        UUID customer = users.user();
        UUID product = catalog.product("Syrup " + UUID.randomUUID(), "7.00", 4);
        mvc.perform(postJson("/api/products/" + product + "/stock", "{\"delta\": -3}")).andExpect(status().isOk());

        mvc.perform(postJson("/api/orders", order(customer, line(product, 2))))
                .andExpect(problem(409, "insufficient-stock"))
                .andExpect(jsonPath("$.errors[0].productId").value(product.toString()))
                .andExpect(jsonPath("$.errors[0].requested").value(2))
                .andExpect(jsonPath("$.errors[0].available").value(1));
        assertThat(stockOf(product)).isEqualTo(1);
    }

    @Test
    void aSoftDeletedProductIsRefusedAndItsCategoryStays() throws Exception {
        UUID customer = users.user();
        UUID category = catalog.category();
        UUID product = catalog.product("Drops " + UUID.randomUUID(), "3.20", 10, category);
        place(customer, line(product, 1));
        catalog.deleteProduct(product);

        mvc.perform(postJson("/api/orders", order(customer, line(product, 1))))
                .andExpect(problem(422, "order-rejected"))
                .andExpect(jsonPath("$.errors[0].field").value("items[0].productId"));
        mvc.perform(delete("/api/categories/" + category)).andExpect(conflict());
        assertThat(stockOf(product)).isEqualTo(9);
    }

    @Test
    void aUserWithOrdersCannotBeDeletedAndAnInactiveOneCannotOrder() throws Exception {
        UUID customer = users.user();
        UUID product = catalog.product("Tea " + UUID.randomUUID(), "1.10", 10);
        place(customer, line(product, 1));

        mvc.perform(delete("/api/users/" + customer)).andExpect(conflict());
        users.deactivate(customer);
        mvc.perform(postJson("/api/orders", order(customer, line(product, 1))))
                .andExpect(problem(422, "order-rejected"))
                .andExpect(jsonPath("$.errors[0].field").value("userId"));

        String cleanUp = body(mvc.perform(delete("/api/users").param("active", "false")).andExpect(status().isOk()));
        Integer skipped = read(cleanUp, "$.skipped");
        assertThat(skipped).as("inactive users kept because they have orders").isPositive();
        mvc.perform(get("/api/users/" + customer)).andExpect(status().isOk());
        mvc.perform(get("/api/users/" + customer + "/orders")).andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(1));

        mvc.perform(putJson("/api/users/" + customer + "/active", "{\"active\": true}")).andExpect(status().isNoContent());
        place(customer, line(product, 1));
        assertThat(stockOf(product)).isEqualTo(8);
    }

    @Test
    void aDeclinedPaymentLeavesTheOrderPayableAndThePaidOrderGoesThroughItsLifecycle() throws Exception {
        UUID customer = users.user();
        UUID product = catalog.product("Balm " + UUID.randomUUID(), "12.00", 2);
        UUID order = place(customer, line(product, 2));

        mvc.perform(postJson("/api/orders/" + order + "/payment", payment("PAYPAL", "tok_declined")))
                .andExpect(problem(402, "payment-declined"));
        mvc.perform(get("/api/orders/" + order)).andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.payment.status").value("FAILED"));

        mvc.perform(postJson("/api/orders/" + order + "/payment", payment("PAYPAL", "tok_ok")))
                .andExpect(status().isCreated()).andExpect(header().exists(HttpHeaders.LOCATION))
                .andExpect(jsonPath("$.amount").value(24.00));
        mvc.perform(post("/api/orders/" + order + "/ship")).andExpect(jsonPath("$.status").value("SHIPPED"));
        mvc.perform(post("/api/orders/" + order + "/deliver")).andExpect(jsonPath("$.status").value("DELIVERED"));
        mvc.perform(post("/api/orders/" + order + "/cancel")).andExpect(conflict());
        assertThat(stockOf(product)).as("a delivered order keeps its stock").isZero();
    }
}
