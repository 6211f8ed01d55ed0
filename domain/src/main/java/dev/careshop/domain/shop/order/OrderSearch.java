package dev.careshop.domain.shop.order;

import dev.careshop.domain.shop.user.UserId;

/** Filters of the order list; {@code null} means "any". */
public record OrderSearch(UserId userId, OrderStatus status) {

    public static OrderSearch ofUser(UserId userId) {
        return new OrderSearch(userId, null);
    }
}
