package dev.careshop.domain.shop.product;

import dev.careshop.domain.shared.Ids;
import dev.careshop.domain.shared.event.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A product's stock reached 0, by an order or by an adjustment. Stock moves in single conditional statements rather
 * than through the product aggregate, so the use case that saw the stock reach 0 raises it.
 */
public record StockDepleted(UUID eventId, UUID productId, Instant occurredAt) implements DomainEvent {

    public static StockDepleted of(ProductId productId, Instant at) {
        return new StockDepleted(Ids.timeOrdered(), productId.value(), at);
    }

    @Override
    public String aggregateType() {
        return "Product";
    }

    @Override
    public UUID aggregateId() {
        return productId;
    }
}
