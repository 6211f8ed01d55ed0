package dev.careshop.application.shop.order.service;

import dev.careshop.application.event.port.out.AppendEventsPort;
import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.order.port.in.DeliverOrderUseCase;
import dev.careshop.domain.shop.order.Order;
import dev.careshop.domain.shop.order.OrderId;
import dev.careshop.domain.shop.order.OrderRepository;
import java.time.Clock;

@UseCase
public class DeliverOrderService implements DeliverOrderUseCase {

    private final OrderRepository orders;
    private final Clock clock;
    private final AppendEventsPort events;

    public DeliverOrderService(OrderRepository orders, Clock clock, AppendEventsPort events) {
        this.orders = orders;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public Order deliver(OrderId id) {
        Order order = OrderLoader.load(orders, id);
        order.deliver(clock);
        Order stored = orders.save(order);
        events.append(order.takeEvents());
        return stored;
    }
}
