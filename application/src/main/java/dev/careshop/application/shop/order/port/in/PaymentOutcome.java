package dev.careshop.application.shop.order.port.in;

import dev.careshop.domain.shop.order.Order;
import dev.careshop.domain.shop.order.Payment;
import dev.careshop.domain.shop.order.PaymentStatus;

/**
 * The result of a payment attempt, approved or declined. A decline is returned, not thrown: the use case's
 * transaction must commit so that the {@code FAILED} attempt is kept.
 */
public record PaymentOutcome(Order order, Payment payment) {

    public boolean approved() {
        return payment.status() == PaymentStatus.COMPLETED;
    }
}
