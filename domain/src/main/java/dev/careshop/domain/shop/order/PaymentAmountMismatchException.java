package dev.careshop.domain.shop.order;

import dev.careshop.domain.shared.DomainException;
import dev.careshop.domain.shared.Money;

/** The client said how much it means to pay, and that is not the order's total: nothing is charged. */
public class PaymentAmountMismatchException extends DomainException {

    public PaymentAmountMismatchException(OrderId id, Money sent, Money total) {
        super("amount " + sent + " is not the total of order " + id + ", which is " + total);
    }

    /** The request property at fault. */
    public String field() {
        return "amount";
    }
}
