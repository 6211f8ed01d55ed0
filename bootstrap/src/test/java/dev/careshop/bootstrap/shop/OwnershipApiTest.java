package dev.careshop.bootstrap.shop;

import static dev.careshop.bootstrap.support.SqlStatementCounter.CONFIRMING_THE_USER;
import static dev.careshop.bootstrap.shop.OrderRequests.line;
import static dev.careshop.bootstrap.shop.OrderRequests.order;
import static dev.careshop.bootstrap.shop.OrderRequests.payment;
import static dev.careshop.bootstrap.support.Json.body;
import static dev.careshop.bootstrap.support.Json.id;
import static dev.careshop.bootstrap.support.Json.read;
import static dev.careshop.bootstrap.support.ProblemExpectations.notFound;
import static dev.careshop.bootstrap.support.ProblemExpectations.problem;
import static dev.careshop.bootstrap.support.ProblemExpectations.statusWithBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import dev.careshop.bootstrap.support.Auth;
import dev.careshop.bootstrap.support.Body;
import dev.careshop.bootstrap.support.CatalogApi;
import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.bootstrap.support.ProblemExpectations;
import dev.careshop.bootstrap.support.Identities.Identity;
import dev.careshop.bootstrap.support.UserApi;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Object-level authorization, decided by the use cases: for each endpoint that addresses a user's own records, the
 * owner succeeds, another customer gets the 404 a missing id gets (the same problem, apart from the id it names and
 * the instance), staff read (200) but may not change (403), administrators do everything. Customers order only for
 * themselves. The password rules and the last administrator have their own tests (OwnPasswordApiTest,
 * LastAdministratorApiTest).
 */
@DisplayName("Who may read and change users, posts and orders")
class OwnershipApiTest extends HttpTest {

    private static final String ID = "{id}";

    private Identity alice;
    private Identity bob;
    private Identity staff;
    private UUID product;
    private UUID alicesPost;

    @BeforeEach
    void usersAndTheirThings() throws Exception {
        alice = identities().customer("alice");
        bob = identities().customer("bob");
        staff = identities().staff("staff");
        product = new CatalogApi(mvc).product("Aspirin", "4.99", 1000);
        alicesPost = new UserApi(mvc).post(alice.id(), "Alice writes");
    }

    // --- reads: owner, staff and admin 200; another customer 404 like a missing id -------------------------------

    @Test
    void readingAUserRecord() throws Exception {
        assertReadableOnlyByOwnerStaffAndAdmin("/api/users/" + ID, alice.id(), UUID.randomUUID());
    }

    @Test
    void readingAUsersPosts() throws Exception {
        assertReadableOnlyByOwnerStaffAndAdmin("/api/users/" + ID + "/posts", alice.id(), UUID.randomUUID());
    }

    @Test
    void readingOnePost() throws Exception {
        assertReadableOnlyByOwnerStaffAndAdmin("/api/users/" + ID + "/posts/" + alicesPost, alice.id(), UUID.randomUUID());
    }

    @Test
    void readingAUsersOrderHistory() throws Exception {
        placeAs(alice);
        assertReadableOnlyByOwnerStaffAndAdmin("/api/users/" + ID + "/orders", alice.id(), UUID.randomUUID());
    }

    @Test
    void readingAnOrder() throws Exception {
        assertReadableOnlyByOwnerStaffAndAdmin("/api/orders/" + ID, placeAs(alice), UUID.randomUUID());
    }

    @Test
    void readingAnOrdersPayment() throws Exception {
        UUID order = placeAs(alice);
        send(HttpMethod.POST, "/api/orders/" + order + "/payment", payment("CARD", "tok_visa"), alice).andExpect(statusWithBody(201));
        assertReadableOnlyByOwnerStaffAndAdmin("/api/orders/" + ID + "/payment", order, UUID.randomUUID());
    }

    // --- changes: owner and admin 2xx; staff 403; another customer 404 like a missing id --------------------------

    @Test
    void updatingAUserRecord() throws Exception {
        String path = "/api/users/" + alice.id();
        String json = UserApi.profile(alice.username()).str("fullName", "Changed by someone").json();

        assertHiddenFromBob(HttpMethod.PUT, "/api/users/" + ID, json, alice.id());
        send(HttpMethod.PUT, path, json, staff).andExpect(forbidden());
        assertThat(fullNameOfAlice()).isEqualTo("Full " + alice.username());

        send(HttpMethod.PUT, path, UserApi.profile(alice.username()).str("fullName", "Alice herself").json(), alice).andExpect(statusWithBody(200));
        send(HttpMethod.PUT, path, UserApi.profile(alice.username()).str("fullName", "Alice by admin").json(), null).andExpect(statusWithBody(200));
        assertThat(fullNameOfAlice()).isEqualTo("Alice by admin");
    }

    @Test
    void writingAPost() throws Exception {
        String json = new Body().str("title", "In Alice's name").str("body", "...").json();

        assertHiddenFromBob(HttpMethod.POST, "/api/users/" + ID + "/posts", json, alice.id());
        send(HttpMethod.POST, "/api/users/" + alice.id() + "/posts", json, staff).andExpect(forbidden());
        assertThat(postsOfAlice()).isEqualTo(1);

        send(HttpMethod.POST, "/api/users/" + alice.id() + "/posts", json, alice).andExpect(statusWithBody(201));
        send(HttpMethod.POST, "/api/users/" + alice.id() + "/posts", json, null).andExpect(statusWithBody(201));
        assertThat(postsOfAlice()).isEqualTo(3);
    }

    @Test
    void settingAPassword() throws Exception {
        String json = "{\"password\": \"a-new-secret-42\"}";

        assertHiddenFromBob(HttpMethod.PUT, "/api/users/" + ID + "/password", json, alice.id());
        send(HttpMethod.PUT, "/api/users/" + alice.id() + "/password", json, staff).andExpect(forbidden());
        auth.logIn(alice.username(), UserApi.PASSWORD);
        // The owner's own change (with currentPassword) and the administrator's are in OwnPasswordApiTest.
    }

    @Test
    void payingAnOrder() throws Exception {
        String json = payment("CARD", "tok_visa");
        UUID order = placeAs(alice);

        assertHiddenFromBob(HttpMethod.POST, "/api/orders/" + ID + "/payment", json, order);
        send(HttpMethod.POST, "/api/orders/" + order + "/payment", json, staff).andExpect(forbidden());
        assertThat(shop().paymentsOf(order, "COMPLETED")).isZero();
        assertThat(shop().orderStatus(order)).isEqualTo("PENDING");

        send(HttpMethod.POST, "/api/orders/" + order + "/payment", json, alice).andExpect(statusWithBody(201));
        UUID another = placeAs(alice);
        send(HttpMethod.POST, "/api/orders/" + another + "/payment", json, null).andExpect(statusWithBody(201));
        assertThat(shop().orderStatus(another)).isEqualTo("PROCESSING");
    }

    @Test
    void cancellingAnOrder() throws Exception {
        int stock = shop().stock(product);
        UUID order = placeAs(alice);

        assertHiddenFromBob(HttpMethod.POST, "/api/orders/" + ID + "/cancel", "", order);
        assertThat(shop().orderStatus(order)).isEqualTo("PENDING");
        assertThat(shop().stock(product)).as("nothing put back").isEqualTo(stock - 2);

        send(HttpMethod.POST, "/api/orders/" + order + "/cancel", "", alice).andExpect(statusWithBody(200));
        UUID byStaff = placeAs(alice);
        send(HttpMethod.POST, "/api/orders/" + byStaff + "/cancel", "", staff).andExpect(statusWithBody(200));
        UUID byAdmin = placeAs(alice);
        send(HttpMethod.POST, "/api/orders/" + byAdmin + "/cancel", "", null).andExpect(statusWithBody(200));
        assertThat(shop().orderStatus(byAdmin)).isEqualTo("CANCELLED");
        assertThat(shop().stock(product)).isEqualTo(stock);
    }

    // --- placing orders: only for oneself, unless administrator ---------------------------------------------------

    @Test
    void aCustomerPlacingAnOrderForAnotherUserIsRefusedAndNothingChanges() throws Exception {
        int stock = shop().stock(product);

        send(HttpMethod.POST, "/api/orders", order(alice.id(), line(product, 3)), bob).andExpect(forbidden())
                .andExpect(result -> assertThat(body(result)).contains("userId must be your own user id"));
        // A user who does not exist gets the same answer: placing reveals no ids.
        String forNobody = body(send(HttpMethod.POST, "/api/orders", order(UUID.randomUUID(), line(product, 3)), bob).andExpect(forbidden()));
        send(HttpMethod.POST, "/api/orders", order(alice.id(), line(product, 3)), staff).andExpect(forbidden());

        assertThat(forNobody).doesNotContain("does not exist");
        assertThat(shop().stock(product)).isEqualTo(stock);
        assertThat(shop().ordersOf(alice.id())).isZero();
        assertThat(shop().ordersOf(bob.id())).isZero();
    }

    @Test
    void everybodyOrdersForThemselvesAndAdministratorsForAnyone() throws Exception {
        send(HttpMethod.POST, "/api/orders", order(bob.id(), line(product, 1)), bob).andExpect(statusWithBody(201));
        send(HttpMethod.POST, "/api/orders", order(staff.id(), line(product, 1)), staff).andExpect(statusWithBody(201));
        send(HttpMethod.POST, "/api/orders", order(alice.id(), line(product, 1)), null).andExpect(statusWithBody(201));

        assertThat(shop().ordersOf(bob.id())).isEqualTo(1);
        assertThat(shop().ordersOf(staff.id())).isEqualTo(1);
        assertThat(shop().ordersOf(alice.id())).isEqualTo(1);
    }

    @Test
    void aCustomerAskingForAnotherUsersThingsCostsNoStatement() throws Exception {
        // The ids decide before anything is read: nothing to time, nothing to count.
        long statements = sqlStatements.count(() ->
                send(HttpMethod.GET, "/api/users/" + alice.id(), null, bob).andExpect(notFound()));
        assertThat(statements).as("only the token's user: another customer's record is refused before any read")
                .isEqualTo(CONFIRMING_THE_USER);
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private UUID placeAs(Identity customer) throws Exception {
        return id(body(send(HttpMethod.POST, "/api/orders", order(customer.id(), line(product, 2)), customer)
                .andExpect(statusWithBody(201))));
    }

    /**
     * GET {@code template} for {@code ownedId}: 200 for the owner (alice), staff and the administrator; bob gets 404,
     * and his problem is the one the administrator gets for {@code missingId}, apart from the id and the instance.
     */
    private void assertReadableOnlyByOwnerStaffAndAdmin(String template, UUID ownedId, UUID missingId) throws Exception {
        String path = template.replace(ID, ownedId.toString());
        send(HttpMethod.GET, path, null, alice).andExpect(statusWithBody(200));
        send(HttpMethod.GET, path, null, staff).andExpect(statusWithBody(200));
        send(HttpMethod.GET, path, null, null).andExpect(statusWithBody(200));
        assertHiddenFromBob(HttpMethod.GET, template, null, ownedId, missingId);
    }

    private void assertHiddenFromBob(HttpMethod method, String template, String json, UUID ownedId) throws Exception {
        assertHiddenFromBob(method, template, json, ownedId, UUID.randomUUID());
    }

    /** Bob's answer about {@code ownedId} is exactly the administrator's about an id that does not exist. */
    private void assertHiddenFromBob(HttpMethod method, String template, String json, UUID ownedId, UUID missingId) throws Exception {
        MvcResult hidden = send(method, template.replace(ID, ownedId.toString()), json, bob).andExpect(notFound()).andReturn();
        MvcResult missing = send(method, template.replace(ID, missingId.toString()), json, null).andExpect(notFound()).andReturn();

        assertThat(withoutInstance(body(hidden)).replace(ownedId.toString(), ID))
                .as("%s %s for another customer", method, template)
                .isEqualTo(withoutInstance(body(missing)).replace(missingId.toString(), ID));
    }

    private static String withoutInstance(String problem) {
        return ProblemExpectations.withoutTraceId(problem).replaceAll("\"instance\"\\s*:\\s*\"[^\"]*\"", "\"instance\":\"\"");
    }

    /** {@code who == null}: the administrator (the default of every request). */
    private ResultActions send(HttpMethod method, String path, String json, Identity who) throws Exception {
        MockHttpServletRequestBuilder request = request(method, path);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        if (who != null) {
            request.with(Auth.as(who.token()));
        }
        return mvc.perform(request);
    }

    private static ResultMatcher forbidden() {
        return problem(403, "forbidden");
    }

    private String fullNameOfAlice() throws Exception {
        return read(body(send(HttpMethod.GET, "/api/users/" + alice.id(), null, null)), "$.fullName");
    }

    private long postsOfAlice() throws Exception {
        return ((Number) read(
                body(send(HttpMethod.GET, "/api/users/" + alice.id() + "/posts", null, null)), "$.page.totalElements")).longValue();
    }
}
