package dev.careshop.domain.shop.product;

import dev.careshop.domain.shared.ConflictException;

/** A stock adjustment would take the stock below 0 (not enough available) or beyond what it can hold. */
public class StockAdjustmentRefusedException extends ConflictException {

    private final int available;

    private StockAdjustmentRefusedException(String message, int available) {
        super(message);
        this.available = available;
    }

    public static StockAdjustmentRefusedException of(ProductId product, int available, StockAdjustment adjustment) {
        if (adjustment.delta() < 0) {
            return new StockAdjustmentRefusedException("product " + product + " has only " + available
                    + " in stock; cannot take " + -adjustment.delta(), available);
        }
        return new StockAdjustmentRefusedException("product " + product + " has " + available
                + " in stock; adding " + adjustment.delta() + " would exceed the limit of " + Product.MAX_STOCK, available);
    }

    /** The stock the product held when the adjustment was refused. */
    public int available() {
        return available;
    }
}
