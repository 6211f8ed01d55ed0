package dev.careshop.bootstrap.security;

import static dev.careshop.bootstrap.shop.OrderRequests.line;
import static dev.careshop.bootstrap.shop.OrderRequests.order;
import static dev.careshop.bootstrap.shop.OrderRequests.payment;
import static dev.careshop.bootstrap.support.Json.body;
import static dev.careshop.bootstrap.support.Json.id;
import static dev.careshop.bootstrap.support.Json.postJson;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.CatalogApi;
import dev.careshop.bootstrap.support.ClinicApi;
import dev.careshop.bootstrap.support.ShopFixtures;
import dev.careshop.bootstrap.support.UserApi;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Fresh resources for one call of the authorization matrix, made as the administrator (through the API, or with
 * plain SQL where the API would cost a password hash): a call that deletes, ships, cancels or pays must find its
 * resource untouched by the callers before it. Orders and posts belong to customer A, the owner of the matrix.
 */
final class MatrixFixtures {

    private final MockMvc mvc;
    private final ClinicApi clinic;
    private final CatalogApi catalog;
    private final ShopFixtures shop;
    private final UserApi users;
    private final UUID owner;

    MatrixFixtures(MockMvc mvc, ClinicApi clinic, ShopFixtures shop, UUID owner) {
        this.mvc = mvc;
        this.clinic = clinic;
        this.catalog = new CatalogApi(mvc);
        this.shop = shop;
        this.users = new UserApi(mvc);
        this.owner = owner;
    }

    UUID patient() throws Exception {
        return clinic.patient();
    }

    UUID doctor() throws Exception {
        return clinic.doctor();
    }

    /** A BOOKED appointment with a doctor of its own, so no two fixtures ever compete for a slot. */
    UUID appointment() throws Exception {
        return clinic.appointment(clinic.patient(), clinic.doctor(), Instant.now().truncatedTo(ChronoUnit.MINUTES), 30);
    }

    UUID prescription(UUID appointmentId) throws Exception {
        return clinic.prescription(appointmentId, "Ibuprofen");
    }

    UUID category() throws Exception {
        return catalog.category();
    }

    /** An active product with plenty of stock. */
    UUID product() {
        return shop.product("9.90", 1000);
    }

    /** A customer other than the matrix's callers, for the operations that change or delete whole accounts. */
    UUID bystander() {
        return shop.user();
    }

    UUID postOfOwner() throws Exception {
        return users.post(owner, "Post " + UUID.randomUUID());
    }

    /** A PENDING order of customer A, of one line. */
    UUID orderOfOwner() throws Exception {
        return id(body(mvc.perform(postJson("/api/orders", order(owner, line(product(), 1))))
                .andExpect(status().isCreated())));
    }

    /** A PROCESSING order of customer A, paid by card. */
    UUID paidOrderOfOwner() throws Exception {
        UUID orderId = orderOfOwner();
        mvc.perform(postJson("/api/orders/" + orderId + "/payment", payment("CARD", "tok_visa")))
                .andExpect(status().isCreated());
        return orderId;
    }

    /** A SHIPPED order of customer A. */
    UUID shippedOrderOfOwner() throws Exception {
        UUID orderId = paidOrderOfOwner();
        mvc.perform(post("/api/orders/{id}/ship", orderId)).andExpect(status().isOk());
        return orderId;
    }
}
