package dev.careshop.application.shop.order.service;

import dev.careshop.application.event.port.out.AppendEventsPort;
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
    private final AppendEventsPort events;

    public ShipOrderService(OrderRepository orders, Clock clock, AppendEventsPort events) {
        this.orders = orders;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public Order ship(OrderId id) {
        Order order = OrderLoader.load(orders, id);
        order.ship(clock);
        Order stored = orders.save(order);
        events.append(order.takeEvents());
        return stored;
    }
}
