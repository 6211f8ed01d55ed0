package dev.careshop.application.shop.order.service;

import dev.careshop.application.identity.actor.port.out.CurrentActorPort;
import dev.careshop.application.identity.actor.OwnerAccess;
import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.order.port.in.ListUserOrdersUseCase;
import dev.careshop.application.shop.order.port.out.OrderCustomersPort;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shop.order.Order;
import dev.careshop.domain.shop.order.OrderRepository;
import dev.careshop.domain.shop.order.OrderSearch;
import dev.careshop.domain.shop.user.UserId;

/**
 * A user's order history, for that user, staff and administrators; an inactive user's history is still readable
 * (orders are financial records).
 */
@UseCase(readOnly = true)
public class ListUserOrdersService implements ListUserOrdersUseCase {

    private final OrderRepository orders;
    private final OrderCustomersPort customers;
    private final CurrentActorPort currentActor;

    public ListUserOrdersService(OrderRepository orders, OrderCustomersPort customers, CurrentActorPort currentActor) {
        this.orders = orders;
        this.customers = customers;
        this.currentActor = currentActor;
    }

    @Override
    public Page<Order> list(UserId userId, PageRequest pageRequest) {
        // Another customer's history is answered as a missing user's, before anything is read.
        OwnerAccess.requireReadable(currentActor.current(), userId, () -> new NotFoundException("user", userId));
        if (customers.find(userId).isEmpty()) {
            throw new NotFoundException("user", userId);
        }
        return orders.search(OrderSearch.ofUser(userId), pageRequest);
    }
}
