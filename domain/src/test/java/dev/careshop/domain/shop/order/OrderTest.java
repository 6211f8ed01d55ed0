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
        void copies_name_and_price_and_computes_every_amount_in_decimal() {
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
        void merges_lines_for_the_same_product_keeping_the_first_position() {
            Order order = place(item(ASPIRIN, 2), item(BANDAGE, 1), item(ASPIRIN, 5));

            assertThat(order.getLines()).hasSize(2);
            assertThat(order.getLines().get(0).productId()).isEqualTo(ASPIRIN.id());
            assertThat(order.getLines().get(0).quantity()).isEqualTo(7);
            assertThat(order.getLines().get(0).lineTotal()).isEqualTo(money("34.93"));
            assertThat(order.getTotalAmount()).isEqualTo(money("35.03"));
        }

        @Test
        void a_merged_quantity_over_1000_names_the_first_entry() {
            assertInvalid("items[1].quantity", () -> OrderItems.merge(List.of(item(BANDAGE, 1), item(ASPIRIN, 600), item(ASPIRIN, 401))));
            assertThat(OrderItems.merge(List.of(item(ASPIRIN, 600), item(ASPIRIN, 400))).inRequestOrder().get(0).quantity()).isEqualTo(1000);
        }

        @Test
        void needs_1_to_100_entries() {
            assertInvalid("items", () -> OrderItems.merge(List.of()));
            assertInvalid("items", () -> OrderItems.merge(null));
            List<RequestedItem> many = new ArrayList<>();
            IntStream.range(0, 101).forEach(i -> many.add(item(OrderFixtures.product("P" + i, "1.00"), 1)));
            assertInvalid("items", () -> OrderItems.merge(many));
            assertThat(OrderItems.merge(many.subList(0, 100)).size()).isEqualTo(100);
        }

        @ParameterizedTest
        @CsvSource({"0", "-1", "1001"})
        void each_quantity_is_1_to_1000(int quantity) {
            assertInvalid("quantity", () -> item(ASPIRIN, quantity));
        }

        @Test
        void items_come_in_product_id_order_for_stock_updates() {
            OrderItems items = OrderItems.merge(List.of(item(CREAM, 1), item(ASPIRIN, 1), item(BANDAGE, 1)));

            assertThat(items.inProductIdOrder()).extracting(OrderItems.Item::productId).isSortedAccordingTo(OrderItems.PRODUCT_ID_ORDER);
            assertThat(items.inRequestOrder()).extracting(OrderItems.Item::index).containsExactly(0, 1, 2);
            assertThat(items.productIds()).containsExactlyInAnyOrder(ASPIRIN.id(), BANDAGE.id(), CREAM.id());
        }

        @Test
        void product_id_order_is_postgresqls_unsigned_uuid_order() {
            ProductId high = new ProductId(java.util.UUID.fromString("80000000-0000-7000-8000-000000000000"));
            ProductId low = new ProductId(java.util.UUID.fromString("70000000-0000-7000-8000-000000000000"));
            ProductId lowTail = new ProductId(java.util.UUID.fromString("70000000-0000-7000-7000-000000000000"));

            OrderItems items = OrderItems.merge(List.of(new RequestedItem(high, 1), new RequestedItem(low, 1),
                    new RequestedItem(lowTail, 1)));

            // UUID.compareTo would put 8000... first: it compares signed halves, and the database locks rows unsigned.
            assertThat(items.inProductIdOrder()).extracting(OrderItems.Item::productId).containsExactly(lowTail, low, high);
        }

        @Test
        void refuses_a_product_the_use_case_did_not_look_up() {
            assertThatIllegalArgumentException().isThrownBy(() -> Order.place(USER, OrderItems.merge(List.of(item(CREAM, 1))),
                    catalog(ASPIRIN), new OrderDetails(ADDRESS, null, null, null), CLOCK));
        }

        @Test
        void notes_are_trimmed_and_at_most_1000() {
            Order order = Order.place(USER, OrderItems.merge(List.of(item(ASPIRIN, 1))), catalog(ASPIRIN),
                    new OrderDetails(ADDRESS, "  ring twice  ", null, null), CLOCK);
            assertThat(order.getNotes()).isEqualTo("ring twice");
            assertThat(order.getTags()).isEqualTo(OrderTags.NONE);
            assertThat(order.getMetadata()).isEqualTo(OrderMetadata.EMPTY);
            assertInvalid("notes", () -> new OrderDetails(ADDRESS, "x".repeat(1001), null, null));
        }

        @Test
        void a_large_order_keeps_its_total_exact() {
            ProductSnapshot dear = OrderFixtures.product("Dear", "99999999.99");
            Order order = Order.place(USER, OrderItems.merge(List.of(item(dear, 1000))), catalog(dear),
                    new OrderDetails(ADDRESS, null, null, null), CLOCK);
            assertThat(order.getTotalAmount()).isEqualTo(money("99999999990.00"));
        }
    }

    @Nested
    class Transitions {

        @Test
        void pending_to_processing_by_payment_then_shipped_then_delivered() {
            Order order = paid();
            assertThat(order.getStatus()).isEqualTo(OrderStatus.PROCESSING);
            order.ship(LATER);
            assertThat(order.getStatus()).isEqualTo(OrderStatus.SHIPPED);
            assertThat(order.getUpdatedAt()).isEqualTo(LATER.instant());
            order.deliver(LATER);
            assertThat(order.getStatus()).isEqualTo(OrderStatus.DELIVERED);
        }

        @Test
        void pending_can_be_cancelled() {
            Order order = pending();
            order.cancel(LATER);
            assertThat(order.getStatus()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(order.getUpdatedAt()).isEqualTo(LATER.instant());
        }

        @Test
        void processing_can_be_cancelled_and_its_payment_is_refunded() {
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
        void cancelling_leaves_failed_attempts_failed() {
            Order order = pending();
            order.recordDeclinedPayment(PaymentMethod.CARD, "declined", CLOCK);
            order.cancel(LATER);
            assertThat(order.getPayments()).extracting(Payment::status).containsExactly(PaymentStatus.FAILED);
        }

        @Test
        void pending_cannot_be_shipped_or_delivered() {
            assertRefused(pending(), o -> o.ship(LATER));
            assertRefused(pending(), o -> o.deliver(LATER));
        }

        @Test
        void processing_cannot_be_delivered() {
            assertRefused(paid(), o -> o.deliver(LATER));
        }

        @Test
        void shipped_cannot_be_shipped_again_nor_cancelled() {
            Order order = paid();
            order.ship(LATER);
            assertRefused(order, o -> o.ship(LATER));
            assertRefused(order, o -> o.cancel(LATER));
        }

        @Test
        void delivered_is_final() {
            Order order = paid();
            order.ship(LATER);
            order.deliver(LATER);
            assertRefused(order, o -> o.ship(LATER));
            assertRefused(order, o -> o.deliver(LATER));
            assertRefused(order, o -> o.cancel(LATER));
        }

        @Test
        void cancelled_is_final() {
            Order order = pending();
            order.cancel(LATER);
            assertRefused(order, o -> o.cancel(LATER));
            assertRefused(order, o -> o.ship(LATER));
            assertRefused(order, o -> o.deliver(LATER));
            assertThatExceptionOfType(PaymentNotAllowedException.class)
                    .isThrownBy(() -> order.recordApprovedPayment(PaymentMethod.CARD, "ch", LATER));
        }

        @Test
        void the_status_machine_allows_exactly_the_spec_transitions() {
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
        void an_approved_payment_takes_the_total_and_moves_to_processing() {
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
        void a_declined_payment_is_recorded_failed_and_the_order_stays_pending() {
            Order order = pending();
            Payment failed = order.recordDeclinedPayment(PaymentMethod.CARD, "insufficient funds", LATER);

            assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
            assertThat(failed.failureReason()).isEqualTo("insufficient funds");
            assertThat(order.getStatus()).isEqualTo(OrderStatus.PENDING);
            assertThat(order.successfulPayment()).isEmpty();
            assertThat(order.currentPayment()).contains(failed);
        }

        @Test
        void after_failed_attempts_a_payment_can_still_succeed_and_is_the_one_shown() {
            Order order = pending();
            order.recordDeclinedPayment(PaymentMethod.CARD, "declined", CLOCK);
            Payment second = order.recordDeclinedPayment(PaymentMethod.CARD, "declined again", LATER);
            assertThat(order.currentPayment()).contains(second);

            Payment approved = order.recordApprovedPayment(PaymentMethod.BANK_TRANSFER, "ok", LATER);

            assertThat(order.getPayments()).hasSize(3);
            assertThat(order.currentPayment()).contains(approved);
        }

        @Test
        void only_one_successful_payment() {
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
        void a_refunded_order_cannot_be_paid_again() {
            Order order = paid();
            order.cancel(LATER);
            assertThatExceptionOfType(PaymentNotAllowedException.class).isThrownBy(() -> order.checkPayable(null))
                    .withMessageContaining("already been paid");
        }

        @Test
        void only_pending_orders_can_be_paid() {
            Order order = pending();
            order.cancel(LATER);
            assertThatExceptionOfType(PaymentNotAllowedException.class).isThrownBy(() -> order.checkPayable(null))
                    .withMessageContaining("CANCELLED");
        }

        @Test
        void an_amount_sent_by_the_client_must_be_the_total() {
            Order order = pending();
            order.checkPayable(money("10.28"));
            order.checkPayable(new Money(new java.math.BigDecimal("10.280")));
            order.checkPayable(null);
            assertThatExceptionOfType(PaymentAmountMismatchException.class).isThrownBy(() -> order.checkPayable(money("10.27")))
                    .satisfies(e -> assertThat(e.field()).isEqualTo("amount"))
                    .withMessageContaining("10.28");
        }

        @Test
        void gateway_texts_are_clipped_to_what_is_stored() {
            Payment payment = pending().recordDeclinedPayment(PaymentMethod.CARD, "r".repeat(500), CLOCK);
            assertThat(payment.failureReason()).hasSize(Payment.FAILURE_REASON_MAX);
        }

        @Test
        void rehydrated_payments_are_ordered_oldest_first() {
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
