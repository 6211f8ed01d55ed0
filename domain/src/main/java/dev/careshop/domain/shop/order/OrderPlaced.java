package dev.careshop.domain.shop.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order was placed: its stock is taken and it waits for payment. */
public record OrderPlaced(UUID eventId, UUID orderId, UUID userId, List<Line> lines, BigDecimal totalAmount,
                          Instant occurredAt) implements OrderEvent {

    public OrderPlaced {
        lines = List.copyOf(lines);
    }

    /** What a line took from stock. */
    public record Line(UUID productId, int quantity, BigDecimal unitPrice) {
    }
}
