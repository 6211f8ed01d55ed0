package dev.careshop.application.shop.order.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Named.named;

import dev.careshop.application.event.fakes.InMemoryOutbox;
import dev.careshop.application.identity.fakes.FakeCurrentActor;
import dev.careshop.application.shop.order.fakes.FakePaymentGateway;
import dev.careshop.application.shop.order.fakes.InMemoryOrderRepository;
import dev.careshop.application.shop.order.fakes.InMemoryShop;
import dev.careshop.application.shop.order.port.in.PayOrderCommand;
import dev.careshop.application.shop.order.port.in.PaymentOutcome;
import dev.careshop.application.shop.order.port.in.PlaceOrderCommand;
import dev.careshop.domain.shared.InvalidValueException;
import dev.careshop.domain.shared.Money;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shared.NotPermittedException;
import dev.careshop.domain.shared.event.DomainEvent;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shop.order.IllegalOrderTransitionException;
import dev.careshop.domain.shop.order.Order;
import dev.careshop.domain.shop.order.OrderId;
import dev.careshop.domain.shop.order.OrderItems;
import dev.careshop.domain.shop.order.OrderMetadata;
import dev.careshop.domain.shop.order.OrderRejectedException;
import dev.careshop.domain.shop.order.OrderRejectedException.Reason;
import dev.careshop.domain.shop.order.OrderRejectedException.Rejection;
import dev.careshop.domain.shop.order.OrderSearch;
import dev.careshop.domain.shop.order.OrderStatus;
import dev.careshop.domain.shop.order.OrderTags;
import dev.careshop.domain.shop.order.PaymentAmountMismatchException;
import dev.careshop.domain.shop.order.PaymentMethod;
import dev.careshop.domain.shop.order.PaymentNotAllowedException;
import dev.careshop.domain.shop.order.PaymentStatus;
import dev.careshop.domain.shop.order.RequestedItem;
import dev.careshop.domain.shop.order.ShippingAddress;
import dev.careshop.domain.shop.product.ProductId;
import dev.careshop.domain.shop.product.StockDepleted;
import dev.careshop.domain.shop.user.Role;
import dev.careshop.domain.shop.user.UserId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class OrderServicesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:15:30Z"), ZoneOffset.UTC);
    private static final ShippingAddress ADDRESS = new ShippingAddress("1 Main St", null, "Berlin", "10115", "DE");

    private final InMemoryOrderRepository orders = new InMemoryOrderRepository();
    private final InMemoryShop shop = new InMemoryShop();
    private final FakePaymentGateway gateway = new FakePaymentGateway();

    private final FakeCurrentActor actor = new FakeCurrentActor();
    private final InMemoryOutbox events = new InMemoryOutbox();
    private final PlaceOrderService placeOrder = new PlaceOrderService(orders, shop, shop, shop, actor, CLOCK, events);
    private final PayOrderService payOrder = new PayOrderService(orders, gateway, actor, CLOCK, events);
    private final ShipOrderService shipOrder = new ShipOrderService(orders, CLOCK, events);
    private final DeliverOrderService deliverOrder = new DeliverOrderService(orders, CLOCK, events);
    private final CancelOrderService cancelOrder = new CancelOrderService(orders, shop, actor, CLOCK, events);
    private final GetOrderService getOrder = new GetOrderService(orders, actor);
    private final ListOrdersService listOrders = new ListOrdersService(orders);
    private final ListUserOrdersService listUserOrders = new ListUserOrdersService(orders, shop, actor);

    private final UserId user = shop.user(true);
    private final ProductId aspirin = shop.product("Aspirin", "4.99", 10, true);
    private final ProductId bandage = shop.product("Bandage", "0.10", 100, true);

    private PlaceOrderCommand command(UserId userId, RequestedItem... items) {
        return new PlaceOrderCommand(userId, List.of(items), ADDRESS, null, OrderTags.NONE, OrderMetadata.EMPTY);
    }

    private Order placed() {
        return placeOrder.place(command(user, new RequestedItem(aspirin, 2), new RequestedItem(bandage, 5)));
    }

    /** Pays the whole total by card; the fake gateway approves "tok_visa" and declines "tok_declined". */
    private PaymentOutcome payByCard(OrderId orderId, String token) {
        return payOrder.pay(new PayOrderCommand(orderId, PaymentMethod.CARD, token, null));
    }

    private static Money money(String amount) {
        return new Money(new BigDecimal(amount));
    }

    @Nested
    class Place {

        @Test
        void takesStockInProductIdOrderAndStoresAPendingOrder() {
            Order order = placed();

            assertThat(order.getStatus()).isEqualTo(OrderStatus.PENDING);
            assertThat(order.getTotalAmount()).isEqualTo(money("10.48"));
            assertThat(order.getVersion()).isZero();
            assertThat(shop.stock(aspirin)).isEqualTo(8);
            assertThat(shop.stock(bandage)).isEqualTo(95);
            assertThat(shop.stockChanges()).isSortedAccordingTo(OrderItems.PRODUCT_ID_ORDER);
            assertThat(shop.productLoads()).as("all products in one load").isEqualTo(1);
            assertThat(getOrder.get(order.getId()).getLines()).hasSize(2);
        }

        @Test
        void mergedLinesTakeTheirSummedQuantityOnce() {
            Order order = placeOrder.place(command(user, new RequestedItem(aspirin, 4), new RequestedItem(aspirin, 6)));

            assertThat(order.getLines()).singleElement().satisfies(line -> assertThat(line.quantity()).isEqualTo(10));
            assertThat(shop.stock(aspirin)).isZero();
            assertThat(shop.stockChanges()).containsExactly(aspirin);
        }

        @Test
        void publishesOrderPlacedAndStockDepletedForEachProductItEmptied() {
            Order order = placeOrder.place(command(user, new RequestedItem(bandage, 3), new RequestedItem(aspirin, 10)));

            assertThat(events.appended()).extracting(DomainEvent::type)
                    .containsExactly("OrderPlaced", "StockDepleted");
            assertThat(events.appended().get(0).aggregateId()).isEqualTo(order.getId().value());
            assertThat(events.appended().get(1)).isInstanceOfSatisfying(StockDepleted.class,
                    depleted -> assertThat(depleted.productId()).isEqualTo(aspirin.value()));
        }

        @Test
        void aRejectedOrderPublishesNothing() {
            assertThatExceptionOfType(OrderRejectedException.class)
                    .isThrownBy(() -> placeOrder.place(command(user, new RequestedItem(aspirin, 11))));

            assertThat(events.appended()).isEmpty();
        }

        @Test
        void collectsEveryFailureNamingEachLine() {
            ProductId inactive = shop.product("Old", "1.00", 5, false);
            ProductId missing = new ProductId(UUID.randomUUID());

            assertThatExceptionOfType(OrderRejectedException.class)
                    .isThrownBy(() -> placeOrder.place(command(user, new RequestedItem(aspirin, 11), new RequestedItem(missing, 1),
                            new RequestedItem(bandage, 1), new RequestedItem(inactive, 2))))
                    .satisfies(e -> {
                        assertThat(e.onlyStock()).isFalse();
                        assertThat(e.rejections()).extracting(Rejection::field)
                                .containsExactly("items[0].quantity", "items[1].productId", "items[3].productId");
                        assertThat(e.rejections().get(0).available()).isEqualTo(10);
                        assertThat(e.rejections().get(0).requested()).isEqualTo(11);
                        assertThat(e.rejections().get(0).reason()).isEqualTo(Reason.INSUFFICIENT_STOCK);
                        assertThat(e.rejections().get(1).productId()).isEqualTo(missing.value());
                    });
            assertThat(orders.count()).isZero();
        }

        @Test
        void stockAloneIsAStockRejection() {
            assertThatExceptionOfType(OrderRejectedException.class)
                    .isThrownBy(() -> placeOrder.place(command(user, new RequestedItem(aspirin, 11))))
                    .satisfies(e -> assertThat(e.onlyStock()).isTrue());
        }

        @Test
        void theUserMustExistAndBeActive() {
            assertThatExceptionOfType(OrderRejectedException.class)
                    .isThrownBy(() -> placeOrder.place(command(new UserId(UUID.randomUUID()), new RequestedItem(aspirin, 1))))
                    .satisfies(e -> assertThat(e.rejections()).extracting(Rejection::field).containsExactly("userId"));
            assertThatExceptionOfType(OrderRejectedException.class)
                    .isThrownBy(() -> placeOrder.place(command(shop.user(false), new RequestedItem(aspirin, 1))))
                    .satisfies(e -> assertThat(e.rejections().get(0).message()).contains("inactive"));
            assertThat(orders.count()).isZero();
        }

        @Test
        void noItemsIsInvalid() {
            assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> placeOrder.place(command(user)));
        }
    }

    @Nested
    class Pay {

        /** Rows: the card token, whether the gateway approves it, the payment stored, the order's status after. */
        @ParameterizedTest(name = "{0}")
        @CsvSource({
                "tok_visa,     true,  COMPLETED, PROCESSING",
                "tok_declined, false, FAILED,    PENDING"
        })
        void aPaymentChargesTheTotalUnderARowLockAndAnApprovalOrADeclineIsStored(String token, boolean approved,
                PaymentStatus payment, OrderStatus statusAfter) {
            Order order = placed();

            PaymentOutcome outcome = payByCard(order.getId(), token);

            assertThat(outcome.approved()).isEqualTo(approved);
            assertThat(outcome.payment().status()).isEqualTo(payment);
            assertThat(outcome.payment().amount()).isEqualTo(money("10.48"));
            assertThat(gateway.charged()).containsExactly(money("10.48"));
            assertThat(orders.lockedReads()).isEqualTo(1);
            assertThat(outcome.order().getStatus()).isEqualTo(statusAfter);
            assertThat(outcome.order().getVersion()).isEqualTo(1);
            Order stored = getOrder.get(order.getId());
            assertThat(stored.getStatus()).isEqualTo(statusAfter);
            assertThat(stored.getPayments()).extracting(p -> p.status()).containsExactly(payment);
        }

        @Test
        void aWrongAmountChargesNothing() {
            Order order = placed();
            assertThatExceptionOfType(PaymentAmountMismatchException.class)
                    .isThrownBy(() -> payOrder.pay(new PayOrderCommand(order.getId(), PaymentMethod.CARD, "tok_visa", money("10.00"))));
            assertThat(gateway.charged()).isEmpty();
            payOrder.pay(new PayOrderCommand(order.getId(), PaymentMethod.CARD, "tok_visa", money("10.48")));
        }

        @Test
        void aPaidOrderIsNotChargedAgain() {
            Order order = placed();
            payByCard(order.getId(), "tok_visa");
            assertThatExceptionOfType(PaymentNotAllowedException.class)
                    .isThrownBy(() -> payByCard(order.getId(), "tok_visa"));
            assertThat(gateway.charged()).hasSize(1);
        }

        @Test
        void anUnknownOrderIsNotFound() {
            assertThatExceptionOfType(NotFoundException.class)
                    .isThrownBy(() -> payByCard(OrderId.newId(), "tok_visa"));
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void shipAndDeliverAPaidOrder() {
            Order order = placed();
            payByCard(order.getId(), "tok_visa");
            assertThat(shipOrder.ship(order.getId()).getStatus()).isEqualTo(OrderStatus.SHIPPED);
            Order delivered = deliverOrder.deliver(order.getId());
            assertThat(delivered.getStatus()).isEqualTo(OrderStatus.DELIVERED);
            assertThat(delivered.getVersion()).isEqualTo(3);
        }

        @Test
        void everyStepOfAnOrderPublishesItsEventInOrder() {
            Order order = placed();
            payByCard(order.getId(), "tok_declined");
            payByCard(order.getId(), "tok_visa");
            shipOrder.ship(order.getId());
            deliverOrder.deliver(order.getId());
            Order other = placed();
            cancelOrder.cancel(other.getId());

            assertThat(events.appended()).extracting(DomainEvent::type).containsExactly("OrderPlaced", "OrderPaid",
                    "OrderShipped", "OrderDelivered", "OrderPlaced", "OrderCancelled");
        }

        @Test
        void anUnpaidOrderCannotBeShipped() {
            Order order = placed();
            assertThatExceptionOfType(IllegalOrderTransitionException.class).isThrownBy(() -> shipOrder.ship(order.getId()));
            assertThatExceptionOfType(IllegalOrderTransitionException.class).isThrownBy(() -> deliverOrder.deliver(order.getId()));
        }

        @Test
        void cancellingPutsStockBackInProductIdOrderAndRefunds() {
            Order order = placed();
            payByCard(order.getId(), "tok_visa");
            int before = shop.stockChanges().size();

            Order cancelled = cancelOrder.cancel(order.getId());

            assertThat(cancelled.getStatus()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(cancelled.getPayments()).extracting(p -> p.status()).containsExactly(PaymentStatus.REFUNDED);
            assertThat(shop.stock(aspirin)).isEqualTo(10);
            assertThat(shop.stock(bandage)).isEqualTo(100);
            assertThat(shop.stockChanges().subList(before, before + 2)).isSortedAccordingTo(OrderItems.PRODUCT_ID_ORDER);
        }

        @Test
        void aCancelledOrderPutsNothingBackTwice() {
            Order order = placed();
            cancelOrder.cancel(order.getId());
            assertThatExceptionOfType(IllegalOrderTransitionException.class).isThrownBy(() -> cancelOrder.cancel(order.getId()));
            assertThat(shop.stock(aspirin)).isEqualTo(10);
        }

        @Test
        void anUnknownOrderIsNotFound() {
            assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> shipOrder.ship(OrderId.newId()));
            assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> deliverOrder.deliver(OrderId.newId()));
            assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> cancelOrder.cancel(OrderId.newId()));
            assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> getOrder.get(OrderId.newId()));
        }
    }

    @Nested
    class Lists {

        @Test
        void filterByUserAndStatus() {
            Order first = placed();
            placeOrder.place(command(shop.user(true), new RequestedItem(bandage, 1)));
            payByCard(first.getId(), "tok_visa");

            assertThat(listOrders.list(new OrderSearch(null, null), PageRequest.of(0, 10)).totalElements()).isEqualTo(2);
            assertThat(listOrders.list(new OrderSearch(user, null), PageRequest.of(0, 10)).content())
                    .extracting(Order::getId).containsExactly(first.getId());
            assertThat(listOrders.list(new OrderSearch(null, OrderStatus.PENDING), PageRequest.of(0, 10)).totalElements()).isEqualTo(1);
        }

        @Test
        void aUsersHistoryNeedsTheUserToExistButNotToBeActive() {
            placed();
            Page<Order> history = listUserOrders.list(user, PageRequest.of(0, 10));
            assertThat(history.content()).hasSize(1);
            assertThat(listUserOrders.list(shop.user(false), PageRequest.of(0, 10)).content()).isEmpty();
            assertThatExceptionOfType(NotFoundException.class)
                    .isThrownBy(() -> listUserOrders.list(new UserId(UUID.randomUUID()), PageRequest.of(0, 10)));
        }
    }

    /**
     * Who may read, pay, cancel and place orders: the customer whose order it is; staff read and cancel every order;
     * administrators do everything. Another customer is told the order (or the user, for a history) does not exist,
     * in the words a missing one gets; a customer ordering in someone else's name is refused before anything is touched.
     */
    @Nested
    class Ownership {

        private PlaceOrderCommand orderFor(UserId userId) {
            return command(userId, new RequestedItem(aspirin, 2));
        }

        private Order usersOwnOrder() {
            actor.actAs(user, Role.CUSTOMER);
            return placeOrder.place(orderFor(user));
        }

        private PayOrderCommand payment(Order order) {
            return new PayOrderCommand(order.getId(), PaymentMethod.CARD, "tok_visa", null);
        }

        @Test
        void anotherCustomerIsToldTheOrderDoesNotExistInTheWordsOfAMissingOne() {
            Order order = usersOwnOrder();
            actor.actAsSomeone(Role.CUSTOMER);
            OrderId id = order.getId();
            String missingOrder = new NotFoundException("order", id).getMessage();

            assertHidden(() -> getOrder.get(id), missingOrder);
            assertHidden(() -> payOrder.pay(payment(order)), missingOrder);
            assertHidden(() -> cancelOrder.cancel(id), missingOrder);
            assertHidden(() -> listUserOrders.list(user, PageRequest.of(0, 10)), new NotFoundException("user", user).getMessage());
            assertThat(gateway.charged()).isEmpty();
            assertThat(shop.stock(aspirin)).isEqualTo(8);
            actor.actAs(user, Role.CUSTOMER);
            assertThat(getOrder.get(id).getStatus()).isEqualTo(OrderStatus.PENDING);
        }

        private static final Named<Consumer<FakeCurrentActor>> THE_CUSTOMER = named("the customer", current -> { });
        private static final Named<Consumer<FakeCurrentActor>> STAFF =
                named("staff", current -> current.actAsSomeone(Role.STAFF));
        private static final Named<Consumer<FakeCurrentActor>> AN_ADMINISTRATOR =
                named("an administrator", current -> current.actAsSomeone(Role.ADMIN));

        static Stream<Named<Consumer<FakeCurrentActor>>> theCustomerStaffAndAnAdministrator() {
            return Stream.of(THE_CUSTOMER, STAFF, AN_ADMINISTRATOR);
        }

        static Stream<Named<Consumer<FakeCurrentActor>>> theCustomerAndAnAdministrator() {
            return Stream.of(THE_CUSTOMER, AN_ADMINISTRATOR);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("theCustomerStaffAndAnAdministrator")
        void readListAndCancelTheCustomersOrder(Consumer<FakeCurrentActor> actingAs) {
            Order order = usersOwnOrder();
            actingAs.accept(actor);

            assertThat(getOrder.get(order.getId()).getId()).isEqualTo(order.getId());
            assertThat(listUserOrders.list(user, PageRequest.of(0, 10)).content()).extracting(Order::getId).containsExactly(order.getId());
            assertThat(cancelOrder.cancel(order.getId()).getStatus()).isEqualTo(OrderStatus.CANCELLED);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("theCustomerAndAnAdministrator")
        void payForTheCustomersOrder(Consumer<FakeCurrentActor> actingAs) {
            Order order = usersOwnOrder();
            actingAs.accept(actor);

            assertThat(payOrder.pay(payment(order)).approved()).isTrue();
            assertThat(gateway.charged()).containsExactly(order.getTotalAmount());
        }

        @Test
        void staffDoNotPayForCustomers() {
            Order order = usersOwnOrder();
            actor.actAsSomeone(Role.STAFF);

            assertThatExceptionOfType(NotPermittedException.class).isThrownBy(() -> payOrder.pay(payment(order)))
                    .withMessage("only the owner or an administrator may pay order " + order.getId());
            assertThat(gateway.charged()).isEmpty();
        }

        @Test
        void administratorsAlsoOrderForSomeoneElse() {
            actor.actAsSomeone(Role.ADMIN);

            assertThat(placeOrder.place(orderFor(user)).getUserId()).isEqualTo(user);
        }

        @Test
        void aCustomerOrderingForSomeoneElseIsRefusedBeforeAnythingIsReadOrTaken() {
            UserId mallory = shop.user(true);
            actor.actAs(mallory, Role.CUSTOMER);

            assertRefusedToOrder(() -> placeOrder.place(orderFor(user)));
            // Whether that user exists makes no difference: the answer reveals nothing.
            assertRefusedToOrder(() -> placeOrder.place(orderFor(new UserId(UUID.randomUUID()))));
            assertThat(shop.productLoads()).isZero();
            assertThat(shop.stockChanges()).isEmpty();
            assertThat(orders.count()).isZero();
        }

        @Test
        void staffOrderOnlyForThemselves() {
            UserId staffMember = shop.user(true);
            actor.actAs(staffMember, Role.STAFF);

            assertRefusedToOrder(() -> placeOrder.place(orderFor(user)));
            assertThat(placeOrder.place(orderFor(staffMember)).getUserId()).isEqualTo(staffMember);
        }

        private static void assertHidden(ThrowingCallable call, String missingMessage) {
            assertThatExceptionOfType(NotFoundException.class).isThrownBy(call).withMessage(missingMessage);
        }

        private static void assertRefusedToOrder(ThrowingCallable call) {
            assertThatExceptionOfType(NotPermittedException.class).isThrownBy(call)
                    .withMessage("an order can only be placed for yourself: userId must be your own user id");
        }
    }
}
