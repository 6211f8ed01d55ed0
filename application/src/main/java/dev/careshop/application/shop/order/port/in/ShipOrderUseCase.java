package dev.careshop.application.shop.order.port.in;

import dev.careshop.domain.shop.order.Order;
import dev.careshop.domain.shop.order.OrderId;

public interface ShipOrderUseCase {

    Order ship(OrderId id);
}
