package dev.careshop.bootstrap.shop;

import static dev.careshop.bootstrap.shop.OrderRequests.items;
import static dev.careshop.bootstrap.shop.OrderRequests.line;
import static dev.careshop.bootstrap.shop.OrderRequests.order;
import static dev.careshop.bootstrap.shop.OrderRequests.payment;
import static dev.careshop.bootstrap.support.Json.body;
import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.Json.read;
import static dev.careshop.bootstrap.support.ProblemExpectations.conflict;
import static dev.careshop.bootstrap.support.ProblemExpectations.invalid;
import static dev.careshop.bootstrap.support.ProblemExpectations.notFound;
import static dev.careshop.bootstrap.support.ProblemExpectations.problem;
import static dev.careshop.bootstrap.support.TestData.UNKNOWN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.bootstrap.support.ShopFixtures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.ResultActions;

/**
 * End-to-end tests of the orders slice against SPEC.md: placing (stock taken in one transaction, every failure
 * listed), reading, lists, a user's history, payment and the lifecycle. Users and products come from
 * {@link ShopFixtures} (plain SQL), as their APIs belong to other slices.
 */
@DisplayName("/api/orders")
class OrderApiTest extends HttpTest {

    private static final String ORDERS = "/api/orders";

    private ResultActions place(String json) throws Exception {
        return mvc.perform(postJson(ORDERS, json));
    }

    private UUID placed(UUID user, OrderRequests.Line... lines) throws Exception {
        return UUID.fromString(read(body(place(order(user, lines)).andExpect(status().isCreated())), "$.id"));
    }

    /** A user and a product at 4.99 with 100 in stock; the order holds 2 of it. */
    private UUID pendingOrder() throws Exception {
        return placed(shop().user(), line(shop().product("4.99", 100), 2));
    }

    private ResultActions pay(UUID orderId, String json) throws Exception {
        return mvc.perform(postJson(ORDERS + "/" + orderId + "/payment", json));
    }

    private ResultActions transition(UUID orderId, String action) throws Exception {
        return mvc.perform(post(ORDERS + "/" + orderId + "/" + action));
    }

    private UUID paidOrder() throws Exception {
        UUID order = pendingOrder();
        pay(order, payment("CARD", "tok_visa")).andExpect(status().isCreated());
        return order;
    }

    // ---------------------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("POST /api/orders")
    class Place {

        @Test
        void takesStockCopiesNameAndPriceAndComputesEveryAmount() throws Exception {
            ShopFixtures shop = shop();
            UUID user = shop.user();
            UUID aspirin = shop.product("4.99", 10);
            UUID bandage = shop.product("0.10", 100);
            long versionBefore = shop.productVersion(aspirin);

            ResultActions created = place("""
                    {"userId": "%s", "items": %s, "shippingAddress": {"line1": " 1 Main Street ", "city": "Paris", "postalCode": "75001", "country": "fr"},
                     "notes": "Ring twice", "tags": ["gift", "express"], "metadata": {"channel": "web", "nested": {"list": [1, true, null, "x"]}, "big": 12345678901234}}
                    """.formatted(user, items(line(aspirin, 3), line(bandage, 7), line(aspirin, 2))))
                    .andExpect(status().isCreated())
                    .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                    .andExpect(jsonPath("$.userId").value(user.toString()))
                    .andExpect(jsonPath("$.status").value("PENDING"))
                    .andExpect(jsonPath("$.items", hasSize(2)))
                    .andExpect(jsonPath("$.items[0].productId").value(aspirin.toString()))
                    .andExpect(jsonPath("$.items[0].productName").value(shop.productName(aspirin)))
                    .andExpect(jsonPath("$.items[0].quantity").value(5))
                    .andExpect(jsonPath("$.items[0].unitPrice").value(4.99))
                    .andExpect(jsonPath("$.items[0].lineTotal").value(24.95))
                    .andExpect(jsonPath("$.items[1].quantity").value(7))
                    .andExpect(jsonPath("$.items[1].lineTotal").value(0.70))
                    .andExpect(jsonPath("$.totalAmount").value(25.65))
                    .andExpect(jsonPath("$.shippingAddress.line1").value("1 Main Street"))
                    .andExpect(jsonPath("$.shippingAddress.line2").value(nullValue()))
                    .andExpect(jsonPath("$.shippingAddress.country").value("FR"))
                    .andExpect(jsonPath("$.notes").value("Ring twice"))
                    .andExpect(jsonPath("$.tags", contains("gift", "express")))
                    .andExpect(jsonPath("$.metadata.channel").value("web"))
                    .andExpect(jsonPath("$.metadata.nested.list", hasSize(4)))
                    .andExpect(jsonPath("$.metadata.big").value(12345678901234L))
                    .andExpect(jsonPath("$.payment").value(nullValue()))
                    .andExpect(jsonPath("$.version").value(0));
            String json = body(created);
            assertThat(json).contains("\"totalAmount\":25.65", "\"unitPrice\":0.10");
            String id = read(json, "$.id");
            assertThat(created.andReturn().getResponse().getHeader(HttpHeaders.LOCATION)).endsWith(ORDERS + "/" + id);
            assertThat(UUID.fromString(id).version()).isEqualTo(7);

            assertThat(shop.stock(aspirin)).isEqualTo(5);
            assertThat(shop.stock(bandage)).isEqualTo(93);
            assertThat(shop.productVersion(aspirin)).as("the product's ETag changes").isEqualTo(versionBefore + 1);

            mvc.perform(get(ORDERS + "/" + id))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.metadata.nested.list[1]").value(true))
                    .andExpect(jsonPath("$.tags", contains("gift", "express")))
                    .andExpect(jsonPath("$.totalAmount").value(25.65));
        }

        @Test
        void keepsThePriceAsItWasWhenOrdered() throws Exception {
            UUID product = shop().product("10.00", 10);
            UUID order = placed(shop().user(), line(product, 1));
            shop().setPrice(product, "99.99");

            mvc.perform(get(ORDERS + "/" + order))
                    .andExpect(jsonPath("$.items[0].unitPrice").value(10.00))
                    .andExpect(jsonPath("$.totalAmount").value(10.00));
        }

        @Test
        void orderingTheExactStockLeavesZero() throws Exception {
            UUID product = shop().product("1.00", 3);
            placed(shop().user(), line(product, 3));
            assertThat(shop().stock(product)).isZero();
        }

        @Test
        void listsEveryLineShortOfStockAndChangesNothing() throws Exception {
            UUID user = shop().user();
            UUID plenty = shop().product("1.00", 50);
            UUID few = shop().product("2.00", 2);

            place(order(user, line(plenty, 5), line(few, 3), line(shop().product("3.00", 0), 1)))
                    .andExpect(problem(409, "insufficient-stock", ORDERS))
                    .andExpect(jsonPath("$.errors", hasSize(2)))
                    .andExpect(jsonPath("$.errors[0].field").value("items[1].quantity"))
                    .andExpect(jsonPath("$.errors[0].productId").value(few.toString()))
                    .andExpect(jsonPath("$.errors[0].requested").value(3))
                    .andExpect(jsonPath("$.errors[0].available").value(2))
                    .andExpect(jsonPath("$.errors[0].message").isNotEmpty())
                    .andExpect(jsonPath("$.errors[1].field").value("items[2].quantity"))
                    .andExpect(jsonPath("$.errors[1].available").value(0));

            assertThat(shop().stock(plenty)).as("the line that had stock was rolled back").isEqualTo(50);
            assertThat(shop().stock(few)).isEqualTo(2);
            assertThat(shop().ordersOf(user)).isZero();
        }

        @Test
        void mergedLinesCountTogetherAgainstStock() throws Exception {
            UUID product = shop().product("1.00", 5);
            place(order(shop().user(), line(product, 3), line(product, 3)))
                    .andExpect(problem(409, "insufficient-stock"))
                    .andExpect(jsonPath("$.errors[0].field").value("items[0].quantity"))
                    .andExpect(jsonPath("$.errors[0].requested").value(6))
                    .andExpect(jsonPath("$.errors[0].available").value(5));
        }

        @Test
        void missingAndInactiveProductsAre422ListedWithStockProblems() throws Exception {
            ShopFixtures shop = shop();
            UUID user = shop.user();
            UUID inactive = shop.product("1.00", 10);
            shop.deactivateProduct(inactive);
            UUID few = shop.product("1.00", 1);
            UUID fine = shop.product("1.00", 10);

            place(order(user, line(fine, 1), line(UUID.fromString(UNKNOWN_ID), 1), line(inactive, 1), line(few, 2)))
                    .andExpect(problem(422, "order-rejected", ORDERS))
                    .andExpect(jsonPath("$.errors[*].field", contains("items[1].productId", "items[2].productId", "items[3].quantity")))
                    .andExpect(jsonPath("$.errors[0].productId").value(UNKNOWN_ID))
                    .andExpect(jsonPath("$.errors[0].requested").value(1))
                    .andExpect(jsonPath("$.errors[0].available").doesNotExist())
                    .andExpect(jsonPath("$.errors[2].available").value(1));
            assertThat(shop.stock(fine)).isEqualTo(10);
            assertThat(shop.stock(inactive)).isEqualTo(10);
            assertThat(shop.ordersOf(user)).isZero();
        }

        @Test
        void anUnknownUserIs422NamingUserId() throws Exception {
            UUID product = shop().product("1.00", 10);
            place(order(UUID.fromString(UNKNOWN_ID), line(product, 1)))
                    .andExpect(problem(422, "order-rejected"))
                    .andExpect(jsonPath("$.errors[0].field").value("userId"))
                    .andExpect(jsonPath("$.errors[0].productId").doesNotExist());
            assertThat(shop().stock(product)).isEqualTo(10);
        }

        @Test
        void anInactiveUserCannotOrder() throws Exception {
            UUID user = shop().user();
            shop().deactivateUser(user);
            place(order(user, line(shop().product("1.00", 10), 1)))
                    .andExpect(problem(422, "order-rejected"))
                    .andExpect(jsonPath("$.errors[0].field").value("userId"))
                    .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("inactive")));
        }

        @Test
        void amountsAreNeverTakenFromTheClient() throws Exception {
            UUID product = shop().product("1.00", 10);
            place(order(shop().user(), line(product, 1)).replace("\"items\"", "\"totalAmount\": 0.01, \"items\""))
                    .andExpect(invalid("totalAmount"));
            place(order(shop().user(), line(product, 1)).replace("\"quantity\": 1", "\"quantity\": 1, \"unitPrice\": 0.01"))
                    .andExpect(invalid("items[0].unitPrice"));
            assertThat(shop().stock(product)).isEqualTo(10);
        }

        /**
         * Bean Validation of the body is the web slice's (OrderControllerSliceTest, a row per field); what only the
         * domain sees is that two lines of one product merge into more than 1000 units, and that is a 400 too.
         */
        @Test
        void linesOfOneProductMergedBeyond1000UnitsAre400NamingTheFirstAndTakeNothing() throws Exception {
            UUID product = shop().product("1.00", 10);

            place(order(shop().user(), line(product, 600), line(product, 401))).andExpect(invalid(ORDERS, "items[0].quantity"));

            assertThat(shop().stock(product)).isEqualTo(10);
        }

        @Test
        void atMost100Entries() throws Exception {
            UUID product = shop().product("1.00", 1000);
            List<OrderRequests.Line> lines = new ArrayList<>();
            for (int i = 0; i < 101; i++) {
                lines.add(line(product, 1));
            }
            place(order(shop().user(), lines.toArray(OrderRequests.Line[]::new))).andExpect(invalid(ORDERS, "items"));
            place(order(shop().user(), lines.subList(0, 100).toArray(OrderRequests.Line[]::new)))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.items", hasSize(1)))
                    .andExpect(jsonPath("$.items[0].quantity").value(100));
        }

        @Test
        void metadataIsAtMost16KbOfCompactJson() throws Exception {
            UUID product = shop().product("1.00", 10);
            // {"k":"…"} is the value plus 8 bytes: 16384 bytes exactly is allowed, one more is not.
            String exactly = "x".repeat(16 * 1024 - 8);
            place(order(shop().user(), line(product, 1)).replace("\"items\"", "\"metadata\": {\"k\": \"" + exactly + "x\"}, \"items\""))
                    .andExpect(invalid(ORDERS, "metadata"));
            place(order(shop().user(), line(product, 1)).replace("\"items\"", "\"metadata\": {\"k\": \"" + exactly + "\"}, \"items\""))
                    .andExpect(status().isCreated());
        }

        @Test
        void metadataNumbersComeBackExactlyAsSent() throws Exception {
            UUID product = shop().product("1.00", 10);
            String metadata = "{\"huge\": 1e400, \"tiny\": 1e-400, \"scale\": 1.10, \"long\": 12345678901234567890.5, \"int\": 7}";
            String created = body(place(order(shop().user(), line(product, 1)).replace("\"items\"", "\"metadata\": " + metadata + ", \"items\""))
                    .andExpect(status().isCreated()));
            String stored = body(mvc.perform(get(ORDERS + "/" + read(created, "$.id"))).andExpect(status().isOk()));

            for (String answer : List.of(created, stored)) {
                // A double would have made these "Infinity", 0.0, 1.1 and 1.2345678901234567E19.
                assertThat(new BigDecimal(jsonNumber(answer, "huge"))).isEqualByComparingTo("1e400");
                assertThat(new BigDecimal(jsonNumber(answer, "tiny"))).isEqualByComparingTo("1e-400");
                assertThat(jsonNumber(answer, "scale")).isEqualTo("1.10");
                assertThat(jsonNumber(answer, "long")).isEqualTo("12345678901234567890.5");
                assertThat(jsonNumber(answer, "int")).isEqualTo("7");
            }
        }

        /** The literal text of a number in the answer's metadata, as the server wrote it. */
        private static String jsonNumber(String answer, String key) {
            java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"" + key + "\":(-?[0-9.Ee+-]+)").matcher(answer);
            assertThat(matcher.find()).as("%s in %s", key, answer).isTrue();
            return matcher.group(1);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("GET /api/orders/{id}")
    class Read {

        @Test
        void answersTheOrderWithItsEtag() throws Exception {
            UUID order = pendingOrder();
            mvc.perform(get(ORDERS + "/" + order))
                    .andExpect(status().isOk())
                    .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                    .andExpect(jsonPath("$.id").value(order.toString()))
                    .andExpect(jsonPath("$.items", hasSize(1)))
                    .andExpect(jsonPath("$.totalAmount").value(9.98))
                    .andExpect(jsonPath("$.metadata").isMap())
                    .andExpect(jsonPath("$.tags").isArray());
            mvc.perform(get(ORDERS + "/" + order).header(HttpHeaders.IF_NONE_MATCH, "\"0\"")).andExpect(status().isNotModified());
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("GET /api/orders")
    class ListOrders {

        @Test
        void filtersByUserAndStatusNewestFirst() throws Exception {
            UUID user = shop().user();
            UUID product = shop().product("1.00", 100);
            UUID first = placed(user, line(product, 1));
            UUID second = placed(user, line(product, 2));
            UUID third = placed(user, line(product, 3));
            pay(second, payment("CARD", "tok_visa")).andExpect(status().isCreated());

            mvc.perform(get(ORDERS).param("userId", user.toString()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].id", contains(third.toString(), second.toString(), first.toString())))
                    .andExpect(jsonPath("$.content[1].payment.status").value("COMPLETED"))
                    .andExpect(jsonPath("$.content[0].items[0].quantity").value(3))
                    .andExpect(jsonPath("$.page.totalElements").value(3));
            mvc.perform(get(ORDERS).param("userId", user.toString()).param("status", "PENDING"))
                    .andExpect(jsonPath("$.content[*].id", contains(third.toString(), first.toString())));
            mvc.perform(get(ORDERS).param("userId", user.toString()).param("status", "PROCESSING"))
                    .andExpect(jsonPath("$.content[*].id", contains(second.toString())));
            mvc.perform(get(ORDERS).param("userId", user.toString()).param("sort", "totalAmount,asc").param("size", "2"))
                    .andExpect(jsonPath("$.content[*].id", contains(first.toString(), second.toString())))
                    .andExpect(jsonPath("$.page.totalPages").value(2));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("GET /api/users/{id}/orders")
    class History {

        @Test
        void aUsersOrdersNewestFirstWithItemsAndPaymentPaged() throws Exception {
            UUID user = shop().user();
            UUID other = shop().user();
            UUID product = shop().product("2.50", 100);
            UUID older = placed(user, line(product, 1));
            UUID newer = placed(user, line(product, 4));
            placed(other, line(product, 1));
            pay(older, payment("PAYPAL", "tok_visa")).andExpect(status().isCreated());

            mvc.perform(get("/api/users/" + user + "/orders"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].id", contains(newer.toString(), older.toString())))
                    .andExpect(jsonPath("$.content[0].items[0].lineTotal").value(10.00))
                    .andExpect(jsonPath("$.content[0].payment").value(nullValue()))
                    .andExpect(jsonPath("$.content[1].payment.method").value("PAYPAL"))
                    .andExpect(jsonPath("$.content[1].payment.amount").value(2.50))
                    .andExpect(jsonPath("$.page.totalElements").value(2));
            mvc.perform(get("/api/users/" + user + "/orders").param("size", "1").param("page", "1"))
                    .andExpect(jsonPath("$.content[*].id", contains(older.toString())))
                    .andExpect(jsonPath("$.page.totalPages").value(2));
        }

        @Test
        void anInactiveUsersHistoryIsStillReadable() throws Exception {
            UUID user = shop().user();
            placed(user, line(shop().product("1.00", 5), 1));
            shop().deactivateUser(user);
            mvc.perform(get("/api/users/" + user + "/orders")).andExpect(jsonPath("$.content", hasSize(1)));
        }

        @Test
        void unknownUserIs404() throws Exception {
            mvc.perform(get("/api/users/" + UNKNOWN_ID + "/orders")).andExpect(notFound());
            mvc.perform(get("/api/users/" + shop().user() + "/orders")).andExpect(jsonPath("$.content", hasSize(0)));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("POST /api/orders/{id}/payment")
    class Pay {

        @Test
        void anApprovedPaymentCompletesAndMovesTheOrderToProcessing() throws Exception {
            UUID order = pendingOrder();

            ResultActions paid = pay(order, "{\"method\": \"CARD\", \"token\": \"tok_visa\", \"amount\": 9.98}")
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.method").value("CARD"))
                    .andExpect(jsonPath("$.amount").value(9.98))
                    .andExpect(jsonPath("$.status").value("COMPLETED"))
                    .andExpect(jsonPath("$.createdAt").isString());
            String location = paid.andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
            assertThat(location).endsWith(ORDERS + "/" + order + "/payment");
            String paymentId = read(body(paid), "$.id");

            mvc.perform(get(location)).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(paymentId));
            mvc.perform(get(ORDERS + "/" + order))
                    .andExpect(jsonPath("$.status").value("PROCESSING"))
                    .andExpect(jsonPath("$.payment.id").value(paymentId))
                    .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
        }

        @Test
        void aDeclinedPaymentIs402RecordedFailedAndTheOrderStaysPending() throws Exception {
            UUID order = pendingOrder();

            pay(order, payment("CARD", "tok_declined"))
                    .andExpect(problem(402, "payment-declined", ORDERS + "/" + order + "/payment"));

            assertThat(shop().paymentsOf(order, "FAILED")).as("the failed attempt was committed").isEqualTo(1);
            mvc.perform(get(ORDERS + "/" + order))
                    .andExpect(jsonPath("$.status").value("PENDING"))
                    .andExpect(jsonPath("$.payment.status").value("FAILED"));
            mvc.perform(get(ORDERS + "/" + order + "/payment")).andExpect(jsonPath("$.status").value("FAILED"));

            pay(order, payment("BANK_TRANSFER", "tok_ok")).andExpect(status().isCreated());
            mvc.perform(get(ORDERS + "/" + order))
                    .andExpect(jsonPath("$.status").value("PROCESSING"))
                    .andExpect(jsonPath("$.payment.status").value("COMPLETED"))
                    .andExpect(jsonPath("$.payment.method").value("BANK_TRANSFER"));
        }

        @Test
        void anOrderIsPaidOnce() throws Exception {
            UUID order = paidOrder();
            pay(order, payment("CARD", "tok_visa")).andExpect(conflict());
            assertThat(shop().paymentsOf(order, "COMPLETED")).isEqualTo(1);
        }

        @Test
        void anAmountThatIsNotTheTotalIs422AndChargesNothing() throws Exception {
            UUID order = pendingOrder();
            pay(order, "{\"method\": \"CARD\", \"token\": \"tok_visa\", \"amount\": 9.97}")
                    .andExpect(problem(422, "payment-amount-mismatch"))
                    .andExpect(jsonPath("$.errors[0].field").value("amount"));
            mvc.perform(get(ORDERS + "/" + order)).andExpect(jsonPath("$.payment").value(nullValue()))
                    .andExpect(jsonPath("$.status").value("PENDING"));
        }

        @Test
        void theTotalMayBeSentWithTrailingZerosLikeAnyAmount() throws Exception {
            UUID order = pendingOrder();
            pay(order, "{\"method\": \"CARD\", \"token\": \"tok_visa\", \"amount\": 9.980}")
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.amount").value(9.98));
        }

        @Test
        void onlyPendingOrdersCanBePaid() throws Exception {
            UUID order = pendingOrder();
            transition(order, "cancel").andExpect(status().isOk());
            pay(order, payment("CARD", "tok_visa")).andExpect(conflict());
        }

        @Test
        void unknownOrderIs404() throws Exception {
            pay(UUID.fromString(UNKNOWN_ID), payment("CARD", "tok_visa")).andExpect(notFound());
            mvc.perform(get(ORDERS + "/" + UNKNOWN_ID + "/payment")).andExpect(notFound());
        }

        @Test
        void anUnpaidOrderHasNoPaymentToRead() throws Exception {
            mvc.perform(get(ORDERS + "/" + pendingOrder() + "/payment")).andExpect(notFound());
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("POST /api/orders/{id}/ship, deliver, cancel")
    class Lifecycle {

        @Test
        void aPaidOrderIsShippedThenDelivered() throws Exception {
            UUID order = paidOrder();
            transition(order, "ship")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("SHIPPED"))
                    .andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
            transition(order, "deliver")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("DELIVERED"))
                    .andExpect(jsonPath("$.version").value(3));
        }

        @Test
        void cancellingAPendingOrderPutsTheStockBack() throws Exception {
            UUID product = shop().product("3.00", 10);
            UUID other = shop().product("1.00", 10);
            UUID order = placed(shop().user(), line(product, 4), line(other, 10));
            assertThat(shop().stock(product)).isEqualTo(6);

            transition(order, "cancel")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("CANCELLED"))
                    .andExpect(jsonPath("$.payment").value(nullValue()));

            assertThat(shop().stock(product)).isEqualTo(10);
            assertThat(shop().stock(other)).isEqualTo(10);
        }

        @Test
        void cancellingAPaidOrderRefundsAndPutsTheStockBack() throws Exception {
            UUID product = shop().product("5.00", 10);
            UUID order = placed(shop().user(), line(product, 3));
            pay(order, payment("CARD", "tok_visa")).andExpect(status().isCreated());

            transition(order, "cancel")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("CANCELLED"))
                    .andExpect(jsonPath("$.payment.status").value("REFUNDED"))
                    .andExpect(jsonPath("$.payment.amount").value(15.00));

            assertThat(shop().stock(product)).isEqualTo(10);
            assertThat(shop().paymentsOf(order, "REFUNDED")).isEqualTo(1);
        }

        @Test
        void illegalTransitionsAre409AndChangeNothing() throws Exception {
            UUID pending = pendingOrder();
            transition(pending, "ship").andExpect(conflict());
            transition(pending, "deliver").andExpect(conflict());

            UUID processing = paidOrder();
            transition(processing, "deliver").andExpect(conflict());

            UUID shipped = paidOrder();
            transition(shipped, "ship").andExpect(status().isOk());
            transition(shipped, "ship").andExpect(conflict());
            transition(shipped, "cancel").andExpect(conflict());

            UUID delivered = paidOrder();
            transition(delivered, "ship").andExpect(status().isOk());
            transition(delivered, "deliver").andExpect(status().isOk());
            transition(delivered, "deliver").andExpect(conflict());
            transition(delivered, "cancel").andExpect(conflict());

            UUID product = shop().product("1.00", 10);
            UUID cancelled = placed(shop().user(), line(product, 2));
            transition(cancelled, "cancel").andExpect(status().isOk());
            transition(cancelled, "cancel").andExpect(conflict());
            transition(cancelled, "ship").andExpect(conflict());
            assertThat(shop().stock(product)).as("stock goes back once").isEqualTo(10);

            mvc.perform(get(ORDERS + "/" + pending)).andExpect(jsonPath("$.status").value("PENDING"))
                    .andExpect(jsonPath("$.version").value(0));
        }

        @Test
        void unknownOrdersAre404() throws Exception {
            for (String action : List.of("ship", "deliver", "cancel")) {
                transition(UUID.fromString(UNKNOWN_ID), action).andExpect(notFound());
            }
            transition(UUID.randomUUID(), "teleport").andExpect(notFound());
        }
    }
}
