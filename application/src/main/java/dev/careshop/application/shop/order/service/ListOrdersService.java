package dev.careshop.application.shop.order.service;

import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.order.port.in.ListOrdersUseCase;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shop.order.Order;
import dev.careshop.domain.shop.order.OrderRepository;
import dev.careshop.domain.shop.order.OrderSearch;

@UseCase(readOnly = true)
public class ListOrdersService implements ListOrdersUseCase {

    private final OrderRepository orders;

    public ListOrdersService(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public Page<Order> list(OrderSearch search, PageRequest pageRequest) {
        return orders.search(search, pageRequest);
    }
}
