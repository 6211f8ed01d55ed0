package dev.careshop.domain.shop.order;

import static dev.careshop.domain.shop.order.OrderFixtures.ASPIRIN;
import static dev.careshop.domain.shop.order.OrderFixtures.BANDAGE;
import static dev.careshop.domain.shop.order.OrderFixtures.CLOCK;
import static dev.careshop.domain.shop.order.OrderFixtures.LATER;
import static dev.careshop.domain.shop.order.OrderFixtures.NOW;
import static dev.careshop.domain.shop.order.OrderFixtures.USER;
import static dev.careshop.domain.shop.order.OrderFixtures.item;
import static dev.careshop.domain.shop.order.OrderFixtures.paid;
import static dev.careshop.domain.shop.order.OrderFixtures.pending;
import static dev.careshop.domain.shop.order.OrderFixtures.place;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.domain.shared.event.DomainEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderEventsTest {

    @Test
    void placingRaisesOrderPlacedWithWhatEachLineTookAndTheTotal() {
        Order order = place(item(ASPIRIN, 2), item(BANDAGE, 3));

        List<DomainEvent> events = order.takeEvents();

        assertThat(events).singleElement().isInstanceOfSatisfying(OrderPlaced.class, placed -> {
            assertThat(placed.orderId()).isEqualTo(order.getId().value());
            assertThat(placed.userId()).isEqualTo(USER.value());
            assertThat(placed.lines()).extracting(OrderPlaced.Line::quantity).containsExactly(2, 3);
            assertThat(placed.lines()).extracting(OrderPlaced.Line::productId)
                    .containsExactly(order.getLines().get(0).productId().value(), order.getLines().get(1).productId().value());
            assertThat(placed.totalAmount()).isEqualByComparingTo(new BigDecimal("10.28"));
            assertThat(placed.occurredAt()).isEqualTo(NOW);
            assertThat(placed.type()).isEqualTo("OrderPlaced");
            assertThat(placed.aggregateType()).isEqualTo("Order");
            assertThat(placed.aggregateId()).isEqualTo(order.getId().value());
            assertThat(placed.eventId().version()).isEqualTo(7);
        });
    }

    @Test
    void eventsAreHandedOutOnce() {
        Order order = pending();
        order.takeEvents();

        assertThat(order.takeEvents()).isEmpty();
    }

    @Test
    void anApprovedPaymentRaisesOrderPaidAndADeclinedOneNothing() {
        Order order = pending();
        order.takeEvents();

        order.recordDeclinedPayment(PaymentMethod.CARD, "declined", CLOCK);
        assertThat(order.takeEvents()).isEmpty();

        Payment payment = order.recordApprovedPayment(PaymentMethod.PAYPAL, "ch_1", LATER);
        assertThat(order.takeEvents()).singleElement().isInstanceOfSatisfying(OrderPaid.class, event ->
                assertThat(event).usingRecursiveComparison().ignoringFields("eventId").isEqualTo(new OrderPaid(null,
                        order.getId().value(), payment.id().value(), PaymentMethod.PAYPAL, order.getTotalAmount().amount(),
                        LATER.instant())));
    }

    @Test
    void shippingDeliveringAndCancellingEachRaiseTheirEventInOrder() {
        Order shipped = paid();
        shipped.takeEvents();
        shipped.ship(LATER);
        shipped.deliver(LATER);

        assertThat(shipped.takeEvents()).extracting(DomainEvent::type).containsExactly("OrderShipped", "OrderDelivered");

        Order cancelled = paid();
        cancelled.takeEvents();
        cancelled.cancel(LATER);
        assertThat(cancelled.takeEvents()).singleElement().isInstanceOfSatisfying(OrderCancelled.class, event -> {
            assertThat(event.refunded()).as("a paid order's payment is refunded").isTrue();
            assertThat(event.occurredAt()).isEqualTo(LATER.instant());
        });

        Order unpaid = pending();
        unpaid.takeEvents();
        unpaid.cancel(LATER);
        assertThat(unpaid.takeEvents()).singleElement().isInstanceOfSatisfying(OrderCancelled.class,
                event -> assertThat(event.refunded()).isFalse());
    }

    @Test
    void aRefusedTransitionRaisesNothing() {
        Order order = pending();
        order.takeEvents();

        assertThatExceptionOfType(IllegalOrderTransitionException.class).isThrownBy(() -> order.deliver(LATER));

        assertThat(order.takeEvents()).isEmpty();
    }

    @Test
    void aLoadedOrderHasRaisedNothing() {
        Order stored = Order.rehydrate(OrderId.newId(), USER, OrderStatus.PENDING, pending().getLines(),
                new OrderDetails(OrderFixtures.ADDRESS, null, null, null), List.of(), Instant.EPOCH, Instant.EPOCH, 4);

        assertThat(stored.takeEvents()).isEmpty();
    }
}
