package dev.careshop.application.shop.order.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.application.identity.fakes.FakeCurrentActor;
import dev.careshop.application.shop.order.fakes.FakePaymentGateway;
import dev.careshop.application.shop.order.fakes.InMemoryOrderRepository;
import dev.careshop.application.shop.order.fakes.InMemoryShop;
import dev.careshop.application.shop.order.port.in.PayOrderCommand;
import dev.careshop.application.shop.order.port.in.PlaceOrderCommand;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shared.NotPermittedException;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shop.order.Order;
import dev.careshop.domain.shop.order.OrderId;
import dev.careshop.domain.shop.order.OrderMetadata;
import dev.careshop.domain.shop.order.OrderStatus;
import dev.careshop.domain.shop.order.OrderTags;
import dev.careshop.domain.shop.order.PaymentMethod;
import dev.careshop.domain.shop.order.RequestedItem;
import dev.careshop.domain.shop.order.ShippingAddress;
import dev.careshop.domain.shop.product.ProductId;
import dev.careshop.domain.shop.user.Role;
import dev.careshop.domain.shop.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Who may read, pay, cancel and place orders: the customer whose order it is; staff read and cancel every order;
 * administrators do everything. Another customer is told the order (or the user, for a history) does not exist, in
 * the words a missing one gets; a customer ordering in someone else's name is refused before anything is touched.
 */
class OrderOwnershipTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:15:30Z"), ZoneOffset.UTC);
    private static final ShippingAddress ADDRESS = new ShippingAddress("1 Main St", null, "Berlin", "10115", "DE");

    private final InMemoryOrderRepository orders = new InMemoryOrderRepository();
    private final InMemoryShop shop = new InMemoryShop();
    private final FakePaymentGateway gateway = new FakePaymentGateway();
    private final FakeCurrentActor actor = new FakeCurrentActor();

    private final PlaceOrderService placeOrder = new PlaceOrderService(orders, shop, shop, shop, actor, CLOCK);
    private final GetOrderService getOrder = new GetOrderService(orders, actor);
    private final ListUserOrdersService history = new ListUserOrdersService(orders, shop, actor);
    private final PayOrderService payOrder = new PayOrderService(orders, gateway, actor, CLOCK);
    private final CancelOrderService cancelOrder = new CancelOrderService(orders, shop, actor, CLOCK);

    private final UserId jane = shop.user(true);
    private final ProductId aspirin = shop.product("Aspirin", "4.99", 10, true);
    private final PageRequest firstPage = PageRequest.of(0, 10);

    private PlaceOrderCommand orderFor(UserId userId) {
        return new PlaceOrderCommand(userId, List.of(new RequestedItem(aspirin, 2)), ADDRESS, null, OrderTags.NONE, OrderMetadata.EMPTY);
    }

    private Order janesOrder() {
        actor.actAs(jane, Role.CUSTOMER);
        return placeOrder.place(orderFor(jane));
    }

    private PayOrderCommand payment(Order order) {
        return new PayOrderCommand(order.getId(), PaymentMethod.CARD, "tok_visa", null);
    }

    @Test
    void the_customer_places_reads_pays_and_cancels_their_own_order() {
        Order order = janesOrder();

        assertThat(getOrder.get(order.getId()).getId()).isEqualTo(order.getId());
        assertThat(history.list(jane, firstPage).content()).extracting(Order::getId).containsExactly(order.getId());
        assertThat(payOrder.pay(payment(order)).approved()).isTrue();
        assertThat(cancelOrder.cancel(order.getId()).getStatus()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void another_customer_is_told_the_order_does_not_exist_in_the_words_of_a_missing_one() {
        Order order = janesOrder();
        actor.actAsSomeone(Role.CUSTOMER);
        OrderId id = order.getId();
        String missingOrder = new NotFoundException("order", id).getMessage();

        assertHidden(() -> getOrder.get(id), missingOrder);
        assertHidden(() -> payOrder.pay(payment(order)), missingOrder);
        assertHidden(() -> cancelOrder.cancel(id), missingOrder);
        assertHidden(() -> history.list(jane, firstPage), new NotFoundException("user", jane).getMessage());
        assertThat(gateway.charged()).isEmpty();
        assertThat(shop.stock(aspirin)).isEqualTo(8);
        actor.actAs(jane, Role.CUSTOMER);
        assertThat(getOrder.get(id).getStatus()).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void staff_read_and_cancel_every_order_but_do_not_pay_for_customers() {
        Order order = janesOrder();
        actor.actAsSomeone(Role.STAFF);

        assertThat(getOrder.get(order.getId()).getId()).isEqualTo(order.getId());
        assertThat(history.list(jane, firstPage).content()).hasSize(1);
        assertThatExceptionOfType(NotPermittedException.class).isThrownBy(() -> payOrder.pay(payment(order)))
                .withMessage("only the owner or an administrator may pay order " + order.getId());
        assertThat(gateway.charged()).isEmpty();
        assertThat(cancelOrder.cancel(order.getId()).getStatus()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void administrators_do_everything_with_every_order() {
        Order order = janesOrder();
        actor.actAsSomeone(Role.ADMIN);

        assertThat(getOrder.get(order.getId()).getId()).isEqualTo(order.getId());
        assertThat(history.list(jane, firstPage).content()).hasSize(1);
        assertThat(payOrder.pay(payment(order)).approved()).isTrue();
        assertThat(cancelOrder.cancel(order.getId()).getStatus()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(placeOrder.place(orderFor(jane)).getUserId()).isEqualTo(jane);
    }

    @Test
    void a_customer_ordering_for_someone_else_is_refused_before_anything_is_read_or_taken() {
        UserId mallory = shop.user(true);
        actor.actAs(mallory, Role.CUSTOMER);

        assertRefusedToOrder(() -> placeOrder.place(orderFor(jane)));
        // Whether that user exists makes no difference: the answer reveals nothing.
        assertRefusedToOrder(() -> placeOrder.place(orderFor(new UserId(UUID.randomUUID()))));
        assertThat(shop.productLoads()).isZero();
        assertThat(shop.stockChanges()).isEmpty();
        assertThat(orders.size()).isZero();
    }

    @Test
    void staff_order_only_for_themselves() {
        UserId staffMember = shop.user(true);
        actor.actAs(staffMember, Role.STAFF);

        assertRefusedToOrder(() -> placeOrder.place(orderFor(jane)));
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
