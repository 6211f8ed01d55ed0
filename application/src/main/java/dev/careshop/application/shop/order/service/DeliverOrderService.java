package dev.careshop.application.shop.order.service;

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

    public DeliverOrderService(OrderRepository orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public Order deliver(OrderId id) {
        Order order = OrderLoader.load(orders, id);
        order.deliver(clock);
        return orders.save(order);
    }
}
