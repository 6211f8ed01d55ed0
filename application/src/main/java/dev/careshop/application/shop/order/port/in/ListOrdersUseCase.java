package dev.careshop.application.shop.order.port.in;

import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shop.order.Order;
import dev.careshop.domain.shop.order.OrderSearch;

public interface ListOrdersUseCase {

    Page<Order> list(OrderSearch search, PageRequest pageRequest);
}
