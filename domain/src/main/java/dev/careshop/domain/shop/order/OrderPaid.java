package dev.careshop.domain.shop.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The payment gateway took an order's total; the order is now being processed. */
public record OrderPaid(UUID eventId, UUID orderId, UUID paymentId, PaymentMethod method, BigDecimal amount,
                        Instant occurredAt) implements OrderEvent {
}
