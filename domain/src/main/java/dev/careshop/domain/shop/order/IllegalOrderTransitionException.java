package dev.careshop.domain.shop.order;

import dev.careshop.domain.shared.ConflictException;

public class IllegalOrderTransitionException extends ConflictException {

    public IllegalOrderTransitionException(OrderId id, OrderStatus from, OrderStatus to) {
        super("order " + id + " cannot go from " + from + " to " + to
                + (from.next().isEmpty() ? " (" + from + " is final)" : "; allowed next: " + from.next().stream().sorted().toList()));
    }
}
