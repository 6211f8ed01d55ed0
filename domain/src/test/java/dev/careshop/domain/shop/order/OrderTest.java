package dev.careshop.domain.shop.order;

import dev.careshop.domain.shop.product.ProductId;

import static dev.careshop.domain.shared.DomainAssertions.assertInvalid;
import static dev.careshop.domain.shop.order.OrderFixtures.ADDRESS;
import static dev.careshop.domain.shop.order.OrderFixtures.ASPIRIN;
import static dev.careshop.domain.shop.order.OrderFixtures.BANDAGE;
import static dev.careshop.domain.shop.order.OrderFixtures.CLOCK;
import static dev.careshop.domain.shop.order.OrderFixtures.CREAM;
import static dev.careshop.domain.shop.order.OrderFixtures.LATER;
import static dev.careshop.domain.shop.order.OrderFixtures.NOW;
import static dev.careshop.domain.shop.order.OrderFixtures.USER;
import static dev.careshop.domain.shop.order.OrderFixtures.catalog;
import static dev.careshop.domain.shop.order.OrderFixtures.item;
import static dev.careshop.domain.shop.order.OrderFixtures.money;
import static dev.careshop.domain.shop.order.OrderFixtures.paid;
import static dev.careshop.domain.shop.order.OrderFixtures.pending;
import static dev.careshop.domain.shop.order.OrderFixtures.place;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.careshop.domain.shared.ConflictException;
import dev.careshop.domain.shared.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderTest {

    @Nested
    class Placing {

        @Test
        void copiesNameAndPriceAndComputesEveryAmountInDecimal() {
            Order order = place(item(ASPIRIN, 3), item(BANDAGE, 7), item(CREAM, 1));

            assertThat(order.getStatus()).isEqualTo(OrderStatus.PENDING);
            assertThat(order.getUserId()).isEqualTo(USER);
            assertThat(order.getLines()).extracting(OrderLine::lineNumber).containsExactly(1, 2, 3);
            assertThat(order.getLines()).extracting(OrderLine::productName).containsExactly("Aspirin", "Bandage", "Cream");
            assertThat(order.getLines()).extracting(OrderLine::lineTotal)
                    .containsExactly(money("14.97"), money("0.70"), money("12.35"));
            // 14.97 + 0.70 + 12.35; in binary floating point 0.1 * 7 alone is 0.7000000000000001
            assertThat(order.getTotalAmount()).isEqualTo(money("28.02"));
            assertThat(order.getTotalAmount().amount().scale()).isEqualTo(2);
            assertThat(order.getCreatedAt()).isEqualTo(NOW).isEqualTo(order.getUpdatedAt());
            assertThat(order.getVersion()).isZero();
            assertThat(order.getPayments()).isEmpty();
            assertThat(order.currentPayment()).isEmpty();
            assertThat(order.getId().value().version()).isEqualTo(7);
        }

        @Test
        void mergesLinesForTheSameProductKeepingTheFirstPosition() {
            Order order = place(item(ASPIRIN, 2), item(BANDAGE, 1), item(ASPIRIN, 5));

            assertThat(order.getLines()).hasSize(2);
            assertThat(order.getLines().get(0).productId()).isEqualTo(ASPIRIN.id());
            assertThat(order.getLines().get(0).quantity()).isEqualTo(7);
            assertThat(order.getLines().get(0).lineTotal()).isEqualTo(money("34.93"));
            assertThat(order.getTotalAmount()).isEqualTo(money("35.03"));
        }

        @Test
        void aMergedQuantityOver1000NamesTheFirstEntry() {
            assertInvalid("items[1].quantity", () -> OrderItems.merge(List.of(item(BANDAGE, 1), item(ASPIRIN, 600), item(ASPIRIN, 401))));
            assertThat(OrderItems.merge(List.of(item(ASPIRIN, 600), item(ASPIRIN, 400))).inRequestOrder().get(0).quantity()).isEqualTo(1000);
        }

        @Test
        void needs1To100Entries() {
            assertInvalid("items", () -> OrderItems.merge(List.of()));
            assertInvalid("items", () -> OrderItems.merge(null));
            List<RequestedItem> many = new ArrayList<>();
            IntStream.range(0, 101).forEach(i -> many.add(item(OrderFixtures.product("P" + i, "1.00"), 1)));
            assertInvalid("items", () -> OrderItems.merge(many));
            assertThat(OrderItems.merge(many.subList(0, 100)).size()).isEqualTo(100);
        }

        @ParameterizedTest
        @CsvSource({"0", "-1", "1001"})
        void eachQuantityIs1To1000(int quantity) {
            assertInvalid("quantity", () -> item(ASPIRIN, quantity));
        }

        @Test
        void itemsComeInProductIdOrderForStockUpdates() {
            OrderItems items = OrderItems.merge(List.of(item(CREAM, 1), item(ASPIRIN, 1), item(BANDAGE, 1)));

            assertThat(items.inProductIdOrder()).extracting(OrderItems.Item::productId).isSortedAccordingTo(OrderItems.PRODUCT_ID_ORDER);
            assertThat(items.inRequestOrder()).extracting(OrderItems.Item::index).containsExactly(0, 1, 2);
            assertThat(items.productIds()).containsExactlyInAnyOrder(ASPIRIN.id(), BANDAGE.id(), CREAM.id());
        }

        @Test
        void productIdOrderIsPostgresqlsUnsignedUuidOrder() {
            ProductId high = new ProductId(java.util.UUID.fromString("80000000-0000-7000-8000-000000000000"));
            ProductId low = new ProductId(java.util.UUID.fromString("70000000-0000-7000-8000-000000000000"));
            ProductId lowTail = new ProductId(java.util.UUID.fromString("70000000-0000-7000-7000-000000000000"));

            OrderItems items = OrderItems.merge(List.of(new RequestedItem(high, 1), new RequestedItem(low, 1),
                    new RequestedItem(lowTail, 1)));

            // UUID.compareTo would put 8000... first: it compares signed halves, and the database locks rows unsigned.
            assertThat(items.inProductIdOrder()).extracting(OrderItems.Item::productId).containsExactly(lowTail, low, high);
        }

        @Test
        void refusesAProductTheUseCaseDidNotLookUp() {
            assertThatIllegalArgumentException().isThrownBy(() -> Order.place(USER, OrderItems.merge(List.of(item(CREAM, 1))),
                    catalog(ASPIRIN), new OrderDetails(ADDRESS, null, null, null), CLOCK));
        }

        @Test
        void notesAreTrimmedAndAtMost1000() {
            Order order = Order.place(USER, OrderItems.merge(List.of(item(ASPIRIN, 1))), catalog(ASPIRIN),
                    new OrderDetails(ADDRESS, "  ring twice  ", null, null), CLOCK);
            assertThat(order.getNotes()).isEqualTo("ring twice");
            assertThat(order.getTags()).isEqualTo(OrderTags.NONE);
            assertThat(order.getMetadata()).isEqualTo(OrderMetadata.EMPTY);
            assertInvalid("notes", () -> new OrderDetails(ADDRESS, "x".repeat(1001), null, null));
        }

        @Test
        void aLargeOrderKeepsItsTotalExact() {
            ProductSnapshot dear = OrderFixtures.product("Dear", "99999999.99");
            Order order = Order.place(USER, OrderItems.merge(List.of(item(dear, 1000))), catalog(dear),
                    new OrderDetails(ADDRESS, null, null, null), CLOCK);
            assertThat(order.getTotalAmount()).isEqualTo(money("99999999990.00"));
        }
    }

    @Nested
    class Transitions {

        @Test
        void pendingToProcessingByPaymentThenShippedThenDelivered() {
            Order order = paid();
            assertThat(order.getStatus()).isEqualTo(OrderStatus.PROCESSING);
            order.ship(LATER);
            assertThat(order.getStatus()).isEqualTo(OrderStatus.SHIPPED);
            assertThat(order.getUpdatedAt()).isEqualTo(LATER.instant());
            order.deliver(LATER);
            assertThat(order.getStatus()).isEqualTo(OrderStatus.DELIVERED);
        }

        @Test
        void pendingCanBeCancelled() {
            Order order = pending();
            order.cancel(LATER);
            assertThat(order.getStatus()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(order.getUpdatedAt()).isEqualTo(LATER.instant());
        }

        @Test
        void processingCanBeCancelledAndItsPaymentIsRefunded() {
            Order order = paid();
            order.cancel(LATER);
            assertThat(order.getStatus()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(order.getPayments()).singleElement().satisfies(payment -> {
                assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
                assertThat(payment.updatedAt()).isEqualTo(LATER.instant());
                assertThat(payment.createdAt()).isEqualTo(NOW);
            });
        }

        @Test
        void cancellingLeavesFailedAttemptsFailed() {
            Order order = pending();
            order.recordDeclinedPayment(PaymentMethod.CARD, "declined", CLOCK);
            order.cancel(LATER);
            assertThat(order.getPayments()).extracting(Payment::status).containsExactly(PaymentStatus.FAILED);
        }

        @Test
        void pendingCannotBeShippedOrDelivered() {
            assertRefused(pending(), o -> o.ship(LATER));
            assertRefused(pending(), o -> o.deliver(LATER));
        }

        @Test
        void processingCannotBeDelivered() {
            assertRefused(paid(), o -> o.deliver(LATER));
        }

        @Test
        void shippedCannotBeShippedAgainNorCancelled() {
            Order order = paid();
            order.ship(LATER);
            assertRefused(order, o -> o.ship(LATER));
            assertRefused(order, o -> o.cancel(LATER));
        }

        @Test
        void deliveredIsFinal() {
            Order order = paid();
            order.ship(LATER);
            order.deliver(LATER);
            assertRefused(order, o -> o.ship(LATER));
            assertRefused(order, o -> o.deliver(LATER));
            assertRefused(order, o -> o.cancel(LATER));
        }

        @Test
        void cancelledIsFinal() {
            Order order = pending();
            order.cancel(LATER);
            assertRefused(order, o -> o.cancel(LATER));
            assertRefused(order, o -> o.ship(LATER));
            assertRefused(order, o -> o.deliver(LATER));
            assertThatExceptionOfType(PaymentNotAllowedException.class)
                    .isThrownBy(() -> order.recordApprovedPayment(PaymentMethod.CARD, "ch", LATER));
        }

        @Test
        void theStatusMachineAllowsExactlyTheSpecTransitions() {
            assertThat(OrderStatus.PENDING.next()).containsExactlyInAnyOrder(OrderStatus.PROCESSING, OrderStatus.CANCELLED);
            assertThat(OrderStatus.PROCESSING.next()).containsExactlyInAnyOrder(OrderStatus.SHIPPED, OrderStatus.CANCELLED);
            assertThat(OrderStatus.SHIPPED.next()).containsExactly(OrderStatus.DELIVERED);
            assertThat(OrderStatus.DELIVERED.next()).isEmpty();
            assertThat(OrderStatus.CANCELLED.next()).isEmpty();
        }

        private void assertRefused(Order order, Consumer<Order> change) {
            OrderStatus before = order.getStatus();
            assertThatExceptionOfType(IllegalOrderTransitionException.class).isThrownBy(() -> change.accept(order))
                    .isInstanceOf(ConflictException.class)
                    .withMessageContaining(before.name());
            assertThat(order.getStatus()).isEqualTo(before);
        }
    }

    @Nested
    class Payments {

        @Test
        void anApprovedPaymentTakesTheTotalAndMovesToProcessing() {
            Order order = pending();
            Payment payment = order.recordApprovedPayment(PaymentMethod.PAYPAL, "ref-1", LATER);

            assertThat(payment.status()).isEqualTo(PaymentStatus.COMPLETED);
            assertThat(payment.amount()).isEqualTo(order.getTotalAmount()).isEqualTo(money("10.28"));
            assertThat(payment.method()).isEqualTo(PaymentMethod.PAYPAL);
            assertThat(payment.reference()).isEqualTo("ref-1");
            assertThat(payment.createdAt()).isEqualTo(LATER.instant());
            assertThat(order.getStatus()).isEqualTo(OrderStatus.PROCESSING);
            assertThat(order.currentPayment()).contains(payment);
        }

        @Test
        void aDeclinedPaymentIsRecordedFailedAndTheOrderStaysPending() {
            Order order = pending();
            Payment failed = order.recordDeclinedPayment(PaymentMethod.CARD, "insufficient funds", LATER);

            assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
            assertThat(failed.failureReason()).isEqualTo("insufficient funds");
            assertThat(order.getStatus()).isEqualTo(OrderStatus.PENDING);
            assertThat(order.successfulPayment()).isEmpty();
            assertThat(order.currentPayment()).contains(failed);
        }

        @Test
        void afterFailedAttemptsAPaymentCanStillSucceedAndIsTheOneShown() {
            Order order = pending();
            order.recordDeclinedPayment(PaymentMethod.CARD, "declined", CLOCK);
            Payment second = order.recordDeclinedPayment(PaymentMethod.CARD, "declined again", LATER);
            assertThat(order.currentPayment()).contains(second);

            Payment approved = order.recordApprovedPayment(PaymentMethod.BANK_TRANSFER, "ok", LATER);

            assertThat(order.getPayments()).hasSize(3);
            assertThat(order.currentPayment()).contains(approved);
        }

        @Test
        void onlyOneSuccessfulPayment() {
            Order order = paid();
            assertThatExceptionOfType(PaymentNotAllowedException.class)
                    .isThrownBy(() -> order.recordApprovedPayment(PaymentMethod.CARD, "again", LATER))
                    .isInstanceOf(ConflictException.class);
            assertThatExceptionOfType(PaymentNotAllowedException.class)
                    .isThrownBy(() -> order.recordDeclinedPayment(PaymentMethod.CARD, "again", LATER));
            assertThatExceptionOfType(PaymentNotAllowedException.class).isThrownBy(() -> order.checkPayable(null));
            assertThat(order.getPayments()).hasSize(1);
        }

        @Test
        void aRefundedOrderCannotBePaidAgain() {
            Order order = paid();
            order.cancel(LATER);
            assertThatExceptionOfType(PaymentNotAllowedException.class).isThrownBy(() -> order.checkPayable(null))
                    .withMessageContaining("already been paid");
        }

        @Test
        void onlyPendingOrdersCanBePaid() {
            Order order = pending();
            order.cancel(LATER);
            assertThatExceptionOfType(PaymentNotAllowedException.class).isThrownBy(() -> order.checkPayable(null))
                    .withMessageContaining("CANCELLED");
        }

        @Test
        void anAmountSentByTheClientMustBeTheTotal() {
            Order order = pending();
            order.checkPayable(money("10.28"));
            order.checkPayable(new Money(new java.math.BigDecimal("10.280")));
            order.checkPayable(null);
            assertThatExceptionOfType(PaymentAmountMismatchException.class).isThrownBy(() -> order.checkPayable(money("10.27")))
                    .satisfies(e -> assertThat(e.field()).isEqualTo("amount"))
                    .withMessageContaining("10.28");
        }

        @Test
        void gatewayTextsAreClippedToWhatIsStored() {
            Payment payment = pending().recordDeclinedPayment(PaymentMethod.CARD, "r".repeat(500), CLOCK);
            assertThat(payment.failureReason()).hasSize(Payment.FAILURE_REASON_MAX);
        }

        @Test
        void rehydratedPaymentsAreOrderedOldestFirst() {
            Order order = pending();
            Payment early = order.recordDeclinedPayment(PaymentMethod.CARD, "a", CLOCK);
            Payment late = order.recordApprovedPayment(PaymentMethod.CARD, "b", LATER);
            Order again = Order.rehydrate(order.getId(), order.getUserId(), order.getStatus(), order.getLines(),
                    order.getDetails(), List.of(late, early), order.getCreatedAt(), order.getUpdatedAt(), 3);
            assertThat(again.getPayments()).containsExactly(early, late);
            assertThat(again.getVersion()).isEqualTo(3);
            assertThat(again.getTotalAmount()).isEqualTo(order.getTotalAmount());
        }
    }
}
