package dev.careshop.application.shop.order.service;

import dev.careshop.application.event.port.out.AppendEventsPort;
import dev.careshop.application.identity.actor.port.out.CurrentActorPort;
import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.order.port.in.CancelOrderUseCase;
import dev.careshop.application.shop.order.port.out.InventoryPort;
import dev.careshop.domain.shop.order.Order;
import dev.careshop.domain.shop.order.OrderId;
import dev.careshop.domain.shop.order.OrderItems;
import dev.careshop.domain.shop.order.OrderLine;
import dev.careshop.domain.shop.order.OrderRepository;
import java.time.Clock;
import java.util.Comparator;

/**
 * Cancels an order, refunds its completed payment and puts every line's quantity back into stock, in one
 * transaction. The order is stored first: its version check makes a concurrent second cancellation fail before it
 * touches any stock. Stock goes back in {@link OrderItems#PRODUCT_ID_ORDER}, the order in which placing an order locks it.
 * Its customer may cancel it, and so may staff and administrators (they cancel any order, as they ship and deliver
 * it): exactly those who may read it; anyone else gets the 404 of a missing order.
 */
@UseCase
public class CancelOrderService implements CancelOrderUseCase {

    private final OrderRepository orders;
    private final InventoryPort inventory;
    private final CurrentActorPort currentActor;
    private final Clock clock;
    private final AppendEventsPort events;

    public CancelOrderService(OrderRepository orders, InventoryPort inventory, CurrentActorPort currentActor, Clock clock,
                              AppendEventsPort events) {
        this.orders = orders;
        this.currentActor = currentActor;
        this.inventory = inventory;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public Order cancel(OrderId id) {
        Order order = OrderLoader.loadToRead(orders, id, currentActor.current());
        order.cancel(clock);
        Order stored = orders.save(order);
        events.append(order.takeEvents());
        order.getLines().stream()
                .sorted(Comparator.comparing(OrderLine::productId, OrderItems.PRODUCT_ID_ORDER))
                .forEach(line -> inventory.putBack(line.productId(), line.quantity(), stored.getUpdatedAt()));
        return stored;
    }
}
