package dev.careshop.application.shop.order.service;

import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.order.port.in.GetOrderUseCase;
import dev.careshop.domain.shop.order.Order;
import dev.careshop.domain.shop.order.OrderId;
import dev.careshop.domain.shop.order.OrderRepository;

@UseCase(readOnly = true)
public class GetOrderService implements GetOrderUseCase {

    private final OrderRepository orders;

    public GetOrderService(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public Order get(OrderId id) {
        return OrderLoader.load(orders, id);
    }
}
