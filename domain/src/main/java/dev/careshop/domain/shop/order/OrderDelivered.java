package dev.careshop.domain.shop.order;

import java.time.Instant;
import java.util.UUID;

public record OrderDelivered(UUID eventId, UUID orderId, Instant occurredAt) implements OrderEvent {
}
