package dev.careshop.domain.shop.order;

import dev.careshop.domain.shared.InvalidValueException;
import dev.careshop.domain.shop.product.ProductId;
import java.util.Objects;

/** One entry of the items a customer asks for: a product and a quantity of 1 to {@value #MAX_QUANTITY}. */
public record RequestedItem(ProductId productId, int quantity) {

    public static final int MAX_QUANTITY = 1000;

    public RequestedItem {
        Objects.requireNonNull(productId, "productId");
        checkQuantity("quantity", quantity);
    }

    static void checkQuantity(String field, int quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new InvalidValueException(field, field + " must be between 1 and " + MAX_QUANTITY);
        }
    }
}
