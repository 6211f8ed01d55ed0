package dev.careshop.domain.shop.order;

import java.util.Set;

/**
 * Where an order is in its life: paid orders are {@code PROCESSING}, then shipped and delivered; only orders not yet
 * shipped can be cancelled. {@code DELIVERED} and {@code CANCELLED} are final.
 */
public enum OrderStatus {
    PENDING, PROCESSING, SHIPPED, DELIVERED, CANCELLED;

    public Set<OrderStatus> next() {
        return switch (this) {
            case PENDING -> Set.of(PROCESSING, CANCELLED);
            case PROCESSING -> Set.of(SHIPPED, CANCELLED);
            case SHIPPED -> Set.of(DELIVERED);
            case DELIVERED, CANCELLED -> Set.of();
        };
    }

    public boolean canBecome(OrderStatus target) {
        return next().contains(target);
    }
}
