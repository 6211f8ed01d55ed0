package dev.careshop.application.shop.order.service;

import dev.careshop.application.identity.actor.OwnerAccess;
import dev.careshop.domain.identity.Actor;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shop.order.Order;
import dev.careshop.domain.shop.order.OrderId;
import dev.careshop.domain.shop.order.OrderRepository;

/**
 * The one way the order services load an order that the client addressed: absent means 404, and so does an order
 * the acting user may not see (see {@link OwnerAccess}). An order carries its user's id, so deciding costs no statement.
 */
final class OrderLoader {

    private OrderLoader() {
    }

    static Order load(OrderRepository orders, OrderId id) {
        return orders.findById(id).orElseThrow(() -> notFound(id));
    }

    /** The order, when {@code actor} may read it: its customer, staff and administrators. */
    static Order loadToRead(OrderRepository orders, OrderId id, Actor actor) {
        Order order = load(orders, id);
        OwnerAccess.requireReadable(actor, order.getUserId(), () -> notFound(id));
        return order;
    }

    /** The order, locked, when {@code actor} may change it: its customer and administrators; 403 for staff. */
    static Order loadForUpdateToChange(OrderRepository orders, OrderId id, Actor actor, String action) {
        Order order = orders.findByIdForUpdate(id).orElseThrow(() -> notFound(id));
        OwnerAccess.requireChangeable(actor, order.getUserId(), () -> notFound(id), action + " order " + id);
        return order;
    }

    private static NotFoundException notFound(OrderId id) {
        return new NotFoundException("order", id);
    }
}
