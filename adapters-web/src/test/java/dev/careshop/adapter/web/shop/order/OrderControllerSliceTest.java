package dev.careshop.adapter.web.shop.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.adapter.web.WebSlice;
import dev.careshop.application.shop.order.port.in.CancelOrderUseCase;
import dev.careshop.application.shop.order.port.in.DeliverOrderUseCase;
import dev.careshop.application.shop.order.port.in.GetOrderUseCase;
import dev.careshop.application.shop.order.port.in.ListOrdersUseCase;
import dev.careshop.application.shop.order.port.in.PayOrderCommand;
import dev.careshop.application.shop.order.port.in.PayOrderUseCase;
import dev.careshop.application.shop.order.port.in.PaymentOutcome;
import dev.careshop.application.shop.order.port.in.PlaceOrderCommand;
import dev.careshop.application.shop.order.port.in.PlaceOrderUseCase;
import dev.careshop.application.shop.order.port.in.ShipOrderUseCase;
import dev.careshop.domain.shared.Money;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shop.order.IllegalOrderTransitionException;
import dev.careshop.domain.shop.order.Order;
import dev.careshop.domain.shop.order.OrderDetails;
import dev.careshop.domain.shop.order.OrderId;
import dev.careshop.domain.shop.order.OrderItems;
import dev.careshop.domain.shop.order.OrderLine;
import dev.careshop.domain.shop.order.OrderMetadata;
import dev.careshop.domain.shop.order.OrderRejectedException;
import dev.careshop.domain.shop.order.OrderSearch;
import dev.careshop.domain.shop.order.OrderStatus;
import dev.careshop.domain.shop.order.OrderTags;
import dev.careshop.domain.shop.order.Payment;
import dev.careshop.domain.shop.order.PaymentAmountMismatchException;
import dev.careshop.domain.shop.order.PaymentId;
import dev.careshop.domain.shop.order.PaymentMethod;
import dev.careshop.domain.shop.order.PaymentStatus;
import dev.careshop.domain.shop.order.RequestedItem;
import dev.careshop.domain.shop.order.ShippingAddress;
import dev.careshop.domain.shop.product.ProductId;
import dev.careshop.domain.shop.user.UserId;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MvcResult;

@WebMvcTest(OrderController.class)
class OrderControllerSliceTest extends WebSlice {

    static final UUID ID = UUID.fromString("0196a3c4-1b2c-7d3e-8f40-5a6b7c8d9e0f");
    static final UUID USER = UUID.fromString("0196a3c2-7f1e-7a7b-9c55-2f4b8d1e6a10");
    static final UUID PRODUCT = UUID.fromString("0196a3c5-2c3d-7e4f-8a5b-6c7d8e9f0a1b");
    private static final UUID PAYMENT = UUID.fromString("0196a3c6-3d4e-7f50-8b6c-7d8e9f0a1b2c");
    private static final String ORDERS = "/api/orders";
    private static final String ADDRESS = """
            {"line1": "221B Baker Street", "line2": "Flat 2", "city": "London", "postalCode": "NW1 6XE", "country": "GB"}""";
    private static final Body VALID = body("""
            {"userId": "%s", "items": [{"productId": "%s", "quantity": 2}], "shippingAddress": %s,
             "notes": "Ring twice", "tags": ["gift"], "metadata": {"channel": "web", "big": 12345678901234.50}}"""
            .formatted(USER, PRODUCT, ADDRESS));
    private static final Body PAY = body("{\"method\": \"CARD\", \"token\": \"tok_visa\", \"amount\": 9.98}");

    @MockitoBean PlaceOrderUseCase placeOrder;
    @MockitoBean GetOrderUseCase getOrder;
    @MockitoBean ListOrdersUseCase listOrders;
    @MockitoBean PayOrderUseCase payOrder;
    @MockitoBean ShipOrderUseCase shipOrder;
    @MockitoBean DeliverOrderUseCase deliverOrder;
    @MockitoBean CancelOrderUseCase cancelOrder;

    private static ShippingAddress address() {
        return new ShippingAddress("221B Baker Street", "Flat 2", "London", "NW1 6XE", "GB");
    }

    static Payment payment(PaymentStatus status) {
        return new Payment(new PaymentId(PAYMENT), PaymentMethod.CARD, new Money(new BigDecimal("9.98")), status,
                "ref-1", status == PaymentStatus.FAILED ? "declined" : null, NOW, NOW);
    }

    /** An order of two units of one product at 4.99, paid when {@code payments} holds a completed payment. */
    static Order order(OrderStatus status, List<Payment> payments, long version) {
        return Order.rehydrate(new OrderId(ID), new UserId(USER), status,
                List.of(new OrderLine(1, new ProductId(PRODUCT), "Aspirin 500 mg", new Money(new BigDecimal("4.99")), 2)),
                new OrderDetails(address(), "Ring twice", new OrderTags(List.of("gift")),
                        new OrderMetadata("{\"channel\":\"web\",\"big\":12345678901234.50}")),
                payments, NOW, NOW, version);
    }

    /** The properties of an order, as every answer that holds one writes it. */
    static void assertOrderShape(MvcResult result, String pointer) throws Exception {
        assertThat(properties(result, pointer)).containsExactlyInAnyOrder("id", "userId", "status", "items", "totalAmount",
                "shippingAddress", "notes", "tags", "metadata", "payment", "createdAt", "updatedAt", "version");
        assertThat(properties(result, pointer + "/items/0"))
                .containsExactlyInAnyOrder("productId", "productName", "unitPrice", "quantity", "lineTotal");
        assertThat(properties(result, pointer + "/shippingAddress"))
                .containsExactlyInAnyOrder("line1", "line2", "city", "postalCode", "country");
        assertThat(node(result, pointer + "/totalAmount").decimalValue()).isEqualTo(new BigDecimal("9.98"));
        assertThat(node(result, pointer + "/items/0/unitPrice").decimalValue()).isEqualTo(new BigDecimal("4.99"));
        assertThat(node(result, pointer + "/items/0/lineTotal").decimalValue()).isEqualTo(new BigDecimal("9.98"));
    }

    @Test
    void aPlacedOrderIsAnsweredWithExactlyItsPropertiesAmountsAsNumbersMetadataAsSentAnETagAndALocation() throws Exception {
        given(placeOrder.place(any())).willReturn(order(OrderStatus.PENDING, List.of(), 0));

        MvcResult result = mvc.perform(postJson(ORDERS, VALID))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(header().string(HttpHeaders.LOCATION, "http://localhost/api/orders/" + ID))
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.payment").isEmpty())
                .andExpect(jsonPath("$.tags[0]").value("gift"))
                .andExpect(jsonPath("$.metadata.channel").value("web"))
                .andReturn();

        assertOrderShape(result, "");
        assertThat(node(result, "/metadata/big").decimalValue()).isEqualTo(new BigDecimal("12345678901234.50"));
        ArgumentCaptor<PlaceOrderCommand> command = ArgumentCaptor.forClass(PlaceOrderCommand.class);
        verify(placeOrder).place(command.capture());
        assertThat(command.getValue().userId()).isEqualTo(new UserId(USER));
        assertThat(command.getValue().items()).containsExactly(new RequestedItem(new ProductId(PRODUCT), 2));
        assertThat(command.getValue().shippingAddress()).isEqualTo(address());
        assertThat(command.getValue().tags()).isEqualTo(new OrderTags(List.of("gift")));
        assertThat(command.getValue().metadata().json()).isEqualTo("{\"channel\":\"web\",\"big\":12345678901234.50}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "userId              | null                                              | userId",
            "userId              | '\"nope\"'                                         | userId",
            "items               | null                                              | items",
            "items               | []                                                | items",
            "items               | '[{\"productId\": \"%2$s\", \"quantity\": 0}]'      | items[0].quantity",
            "items               | '[{\"productId\": \"%2$s\", \"quantity\": 1001}]'   | items[0].quantity",
            "items               | '[{\"productId\": \"%2$s\", \"quantity\": 1.5}]'    | items[0].quantity",
            "items               | '[{\"productId\": \"%2$s\"}]'                       | items[0].quantity",
            "items               | '[{\"quantity\": 1}]'                               | items[0].productId",
            "items               | [null]                                            | items[0]",
            "shippingAddress     | null                                              | shippingAddress",
            "notes               | '\"%4$s\"'                                         | notes",
            "tags                | '[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"j\",\"k\"]' | tags",
            "tags                | '[\" \"]'                                          | tags[0]",
            "tags                | '[\"%5$s\"]'                                       | tags[0]",
            "metadata            | [1]                                               | metadata",
            "metadata            | '\"x\"'                                            | metadata",
            "shippingAddress     | '{\"line1\": \"a\", \"city\": \"b\", \"postalCode\": \"c\", \"country\": \"XX\"}'  | shippingAddress.country",
            "shippingAddress     | '{\"line1\": \"a\", \"city\": \"b\", \"postalCode\": \"c\", \"country\": \"DEU\"}' | shippingAddress.country",
            "shippingAddress     | '{\"line1\": \" \", \"city\": \"b\", \"postalCode\": \"c\", \"country\": \"DE\"}'  | shippingAddress.line1",
            "shippingAddress     | '{\"line1\": \"a\", \"postalCode\": \"c\", \"country\": \"DE\"}'                 | shippingAddress.city",
            "shippingAddress     | '{\"line1\": \"a\", \"city\": \"b\", \"postalCode\": \"123456789012345678901\", \"country\": \"DE\"}' | shippingAddress.postalCode",
            "shippingAddress     | '{\"line1\": \"a\", \"city\": \"b\", \"postalCode\": \"c\", \"country\": \"DE\", \"zip\": 1}' | shippingAddress.zip",
            "status              | '\"DELIVERED\"'                                    | status",
            "totalAmount         | 1                                                 | totalAmount"})
    void anInvalidOrderIsA400NamingTheFieldAndReachesNoUseCase(String property, String json, String field) throws Exception {
        String value = json.formatted(USER, PRODUCT, ADDRESS, "n".repeat(1001), "t".repeat(51));
        Body body = value.equals("null") ? VALID.remove(property) : VALID.raw(property, value);

        mvc.perform(postJson(ORDERS, body)).andExpect(invalid(field));
        verifyNoInteractions(placeOrder);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e1001", "1e-1001"})
    void aMetadataNumberBeyond1000DigitsIsA400NamingMetadata(String number) throws Exception {
        String withoutMetadata = VALID.remove("metadata").toString();
        String json = withoutMetadata.substring(0, withoutMetadata.length() - 1) + ",\"metadata\": {\"n\": " + number + "}}";

        mvc.perform(postJson(ORDERS, json)).andExpect(invalid("metadata"));
        verifyNoInteractions(placeOrder);
    }

    @Test
    void linesShortOfStockAreA409InsufficientStockListingEachLine() throws Exception {
        given(placeOrder.place(any())).willThrow(new OrderRejectedException(List.of(OrderRejectedException.Rejection
                .insufficientStock(new OrderItems.Item(0, new ProductId(PRODUCT), 3), 1))));

        mvc.perform(postJson(ORDERS, VALID))
                .andExpect(problem(409, "insufficient-stock"))
                .andExpect(jsonPath("$.errors[0].field").value("items[0].quantity"))
                .andExpect(jsonPath("$.errors[0].productId").value(PRODUCT.toString()))
                .andExpect(jsonPath("$.errors[0].requested").value(3))
                .andExpect(jsonPath("$.errors[0].available").value(1))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    }

    @Test
    void anUnknownUserIsA422OrderRejectedNamingUserIdWithoutItemFields() throws Exception {
        given(placeOrder.place(any())).willThrow(new OrderRejectedException(List.of(
                OrderRejectedException.Rejection.unknownUser(new UserId(USER)))));

        MvcResult result = mvc.perform(postJson(ORDERS, VALID))
                .andExpect(problemAbout(422, "order-rejected", "userId"))
                .andReturn();

        assertThat(properties(result, "/errors/0")).containsExactlyInAnyOrder("field", "message");
    }

    @Test
    void aPaymentHandsTheUseCaseTheMethodTokenAndAmountAndAnswersThePaymentWithItsLocation() throws Exception {
        given(payOrder.pay(any())).willReturn(new PaymentOutcome(
                order(OrderStatus.PROCESSING, List.of(payment(PaymentStatus.COMPLETED)), 1), payment(PaymentStatus.COMPLETED)));

        MvcResult result = mvc.perform(postJson(ORDERS + "/" + ID + "/payment", PAY.raw("amount", "9.980")))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, "http://localhost/api/orders/" + ID + "/payment"))
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.method").value("CARD"))
                .andReturn();

        assertThat(properties(result, "")).containsExactlyInAnyOrder("id", "method", "amount", "status", "createdAt");
        assertThat(node(result, "/amount").decimalValue()).isEqualTo(new BigDecimal("9.98"));
        verify(payOrder).pay(new PayOrderCommand(new OrderId(ID), PaymentMethod.CARD, "tok_visa",
                new Money(new BigDecimal("9.98"))));
    }

    @Test
    void aDeclinedPaymentIsA402() throws Exception {
        given(payOrder.pay(any())).willReturn(new PaymentOutcome(
                order(OrderStatus.PENDING, List.of(payment(PaymentStatus.FAILED)), 1), payment(PaymentStatus.FAILED)));

        mvc.perform(postJson(ORDERS + "/" + ID + "/payment", PAY)).andExpect(problem(402, "payment-declined"));
    }

    @Test
    void anAmountThatIsNotTheTotalIsA422NamingAmount() throws Exception {
        given(payOrder.pay(any())).willThrow(new PaymentAmountMismatchException(new OrderId(ID),
                new Money(new BigDecimal("9.99")), new Money(new BigDecimal("9.98"))));

        mvc.perform(postJson(ORDERS + "/" + ID + "/payment", PAY)).andExpect(problemAbout(422, "payment-amount-mismatch", "amount"));
    }

    @TestFactory
    Stream<DynamicTest> anInvalidPaymentIsA400NamingTheFieldAndChargesNothing() {
        return eachInvalidBody(cases(invalidValues(PAY, "method", "\"CASH\""), Stream.of(Arguments.of(PAY.remove("method"), "method")),
                        Stream.of(Arguments.of(PAY.remove("token"), "token")), invalidValues(PAY, "token", "\" \""),
                        invalidValues(PAY, "amount", "9.985", "-1", "\"9.98\"", "1e999999999", "1e99999", "10000000000000"),
                        refusedProperties(PAY, "status")),
                List.of(body -> postJson(ORDERS + "/" + ID + "/payment", body)), payOrder);
    }

    @Test
    void anUnpaidOrderHasNoPaymentToRead() throws Exception {
        given(getOrder.get(new OrderId(ID))).willReturn(order(OrderStatus.PENDING, List.of(), 0));

        mvc.perform(get(ORDERS + "/" + ID + "/payment")).andExpect(problem(404, "not-found"));
    }

    @Test
    void aReadOrderCarriesItsPaymentAndETag() throws Exception {
        given(getOrder.get(new OrderId(ID))).willReturn(order(OrderStatus.PROCESSING, List.of(payment(PaymentStatus.COMPLETED)), 1));

        MvcResult result = mvc.perform(get(ORDERS + "/" + ID))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.payment.id").value(PAYMENT.toString()))
                .andReturn();

        assertOrderShape(result, "");
        assertThat(properties(result, "/payment")).containsExactlyInAnyOrder("id", "method", "amount", "status", "createdAt");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ship", "deliver", "cancel"})
    void anIllegalTransitionIsA409AndAnUnknownOrderA404(String action) throws Exception {
        IllegalOrderTransitionException illegal = new IllegalOrderTransitionException(new OrderId(ID), OrderStatus.DELIVERED,
                OrderStatus.CANCELLED);
        UUID unknown = UUID.randomUUID();
        NotFoundException notFound = new NotFoundException("Order", unknown);
        given(shipOrder.ship(new OrderId(ID))).willThrow(illegal);
        given(deliverOrder.deliver(new OrderId(ID))).willThrow(illegal);
        given(cancelOrder.cancel(new OrderId(ID))).willThrow(illegal);
        given(shipOrder.ship(new OrderId(unknown))).willThrow(notFound);
        given(deliverOrder.deliver(new OrderId(unknown))).willThrow(notFound);
        given(cancelOrder.cancel(new OrderId(unknown))).willThrow(notFound);

        mvc.perform(post(ORDERS + "/" + ID + "/" + action)).andExpect(problem(409, "conflict"));
        mvc.perform(post(ORDERS + "/" + unknown + "/" + action)).andExpect(problem(404, "not-found"));
    }

    @Test
    void aTransitionAnswersTheOrderWithItsNewETag() throws Exception {
        given(cancelOrder.cancel(new OrderId(ID))).willReturn(order(OrderStatus.CANCELLED, List.of(), 2));

        mvc.perform(post(ORDERS + "/" + ID + "/cancel"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(jsonPath("$.status").value("CANCELLED"));
    }

    @Test
    void theListPassesTheFiltersAndRefusesBadOnes() throws Exception {
        given(listOrders.list(any(), any())).willReturn(pageOf(order(OrderStatus.PENDING, List.of(), 0)));

        MvcResult result = mvc.perform(get(ORDERS).param("userId", USER.toString()).param("status", "PENDING"))
                .andExpect(status().isOk())
                .andReturn();

        assertOrderShape(result, "/content/0");
        verify(listOrders).list(eq(new OrderSearch(new UserId(USER), OrderStatus.PENDING)), any());
        mvc.perform(get(ORDERS).param("status", "LOST")).andExpect(invalid("status"));
        mvc.perform(get(ORDERS).param("userId", "x")).andExpect(invalid("userId"));
        mvc.perform(get(ORDERS).param("sort", "notes")).andExpect(invalid("sort"));
    }
}
