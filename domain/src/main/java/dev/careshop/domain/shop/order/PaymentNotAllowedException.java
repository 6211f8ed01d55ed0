package dev.careshop.domain.shop.order;

import dev.careshop.domain.shared.ConflictException;

/** The order cannot take a payment: it is not {@code PENDING}, or it has already been paid. */
public class PaymentNotAllowedException extends ConflictException {

    public PaymentNotAllowedException(OrderId id, String reason) {
        super("order " + id + " cannot be paid: " + reason);
    }
}
