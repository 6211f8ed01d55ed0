package dev.careshop.application.shop.order.port.in;

import dev.careshop.domain.shop.order.Order;

public interface PlaceOrderUseCase {

    /**
     * @throws dev.careshop.domain.shop.order.OrderRejectedException listing every reason the order cannot be placed
     */
    Order place(PlaceOrderCommand command);
}
