package dev.careshop.application.shop.order.port.in;

import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shop.order.Order;
import dev.careshop.domain.shop.user.UserId;

public interface ListUserOrdersUseCase {

    /** @throws dev.careshop.domain.shared.NotFoundException when the user does not exist */
    Page<Order> list(UserId userId, PageRequest pageRequest);
}
