package dev.careshop.domain.shop.order;

import dev.careshop.domain.shared.event.DomainEvent;
import java.util.UUID;

/** An event of one order's stream. */
public sealed interface OrderEvent extends DomainEvent
        permits OrderPlaced, OrderPaid, OrderShipped, OrderDelivered, OrderCancelled {

    UUID orderId();

    @Override
    default String aggregateType() {
        return "Order";
    }

    @Override
    default UUID aggregateId() {
        return orderId();
    }
}
