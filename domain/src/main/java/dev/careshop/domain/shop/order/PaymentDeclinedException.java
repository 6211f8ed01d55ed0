package dev.careshop.domain.shop.order;

import dev.careshop.domain.shared.DomainException;

/**
 * The gateway declined a payment. It is raised only after the use case has committed the {@code FAILED} attempt
 * (the use case returns a decline as an outcome), so that the web adapter can answer it as a problem.
 */
public class PaymentDeclinedException extends DomainException {

    private final PaymentId paymentId;

    public PaymentDeclinedException(OrderId orderId, Payment payment) {
        super("the payment of order " + orderId + " was declined"
                + (payment.failureReason() == null ? "" : ": " + payment.failureReason())
                + "; the attempt is recorded as payment " + payment.id() + " and the order is still PENDING");
        this.paymentId = payment.id();
    }

    public PaymentId paymentId() {
        return paymentId;
    }
}
