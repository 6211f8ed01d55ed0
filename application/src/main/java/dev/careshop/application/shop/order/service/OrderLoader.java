package dev.careshop.application.shop.order.service;

import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shop.order.Order;
import dev.careshop.domain.shop.order.OrderId;
import dev.careshop.domain.shop.order.OrderRepository;

/** The one way the order services load an order that the client addressed: absent means 404. */
final class OrderLoader {

    private OrderLoader() {
    }

    static Order load(OrderRepository orders, OrderId id) {
        return orders.findById(id).orElseThrow(() -> new NotFoundException("order", id));
    }

    static Order loadForUpdate(OrderRepository orders, OrderId id) {
        return orders.findByIdForUpdate(id).orElseThrow(() -> new NotFoundException("order", id));
    }
}
