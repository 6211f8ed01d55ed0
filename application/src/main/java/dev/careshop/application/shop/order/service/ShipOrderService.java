package dev.careshop.application.shop.order.service;

import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.order.port.in.ShipOrderUseCase;
import dev.careshop.domain.shop.order.Order;
import dev.careshop.domain.shop.order.OrderId;
import dev.careshop.domain.shop.order.OrderRepository;
import java.time.Clock;

@UseCase
public class ShipOrderService implements ShipOrderUseCase {

    private final OrderRepository orders;
    private final Clock clock;

    public ShipOrderService(OrderRepository orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public Order ship(OrderId id) {
        Order order = OrderLoader.load(orders, id);
        order.ship(clock);
        return orders.save(order);
    }
}
