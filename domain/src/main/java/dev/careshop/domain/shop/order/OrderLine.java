package dev.careshop.domain.shop.order;

import dev.careshop.domain.shared.Money;
import dev.careshop.domain.shop.product.ProductId;
import java.util.Objects;

/**
 * One line of an order: the product's name and unit price as they were when the order was placed, and how many.
 * {@code lineNumber} is the line's position (1-based) after merging lines for the same product.
 */
public record OrderLine(int lineNumber, ProductId productId, String productName, Money unitPrice, int quantity) {

    public OrderLine {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (lineNumber < 1 || lineNumber > OrderItems.MAX_LINES) {
            throw new IllegalArgumentException("lineNumber must be between 1 and " + OrderItems.MAX_LINES);
        }
        RequestedItem.checkQuantity("quantity", quantity);
    }

    public Money lineTotal() {
        return unitPrice.times(quantity);
    }
}
