package dev.careshop.application.shop.order.service;

import dev.careshop.application.identity.actor.port.out.CurrentActorPort;
import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.order.port.in.GetOrderUseCase;
import dev.careshop.domain.shop.order.Order;
import dev.careshop.domain.shop.order.OrderId;
import dev.careshop.domain.shop.order.OrderRepository;

/** An order with its lines and payments, for its customer, staff and administrators; hidden (404) from anyone else. */
@UseCase(readOnly = true)
public class GetOrderService implements GetOrderUseCase {

    private final OrderRepository orders;
    private final CurrentActorPort currentActor;

    public GetOrderService(OrderRepository orders, CurrentActorPort currentActor) {
        this.orders = orders;
        this.currentActor = currentActor;
    }

    @Override
    public Order get(OrderId id) {
        return OrderLoader.loadToRead(orders, id, currentActor.current());
    }
}
