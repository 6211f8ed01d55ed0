package dev.careshop.application.shop.order.port.out;

import dev.careshop.domain.shop.product.ProductId;
import java.time.Instant;

/**
 * Takes stock off products and puts it back, each change one conditional statement (never a read, then a write), so
 * concurrent orders never oversell. Callers change several products in product-id order, so no two transactions wait
 * for each other in a circle.
 */
public interface InventoryPort {

    /** Takes {@code quantity} units off the product if it has that many; answers whether it did. */
    boolean take(ProductId productId, int quantity, Instant at);

    /** Puts {@code quantity} units back into the product's stock. */
    void putBack(ProductId productId, int quantity, Instant at);
}
