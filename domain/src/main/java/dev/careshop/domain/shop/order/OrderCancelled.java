package dev.careshop.domain.shop.order;

import java.time.Instant;
import java.util.UUID;

/** An order was cancelled: its stock went back, and {@code refunded} says whether a payment was refunded. */
public record OrderCancelled(UUID eventId, UUID orderId, boolean refunded, Instant occurredAt) implements OrderEvent {
}
