package dev.careshop.domain.shop.product;

import dev.careshop.domain.shared.InvalidValueException;

/**
 * A change of a product's stock by {@code delta} units: positive adds (a delivery), negative takes away (breakage,
 * a correction). Never zero, and within {@link #MAX_DELTA} either way.
 */
public record StockAdjustment(int delta) {

    public static final int MAX_DELTA = 1_000_000;

    public StockAdjustment {
        if (delta == 0) {
            throw new InvalidValueException("delta", "delta must not be 0");
        }
        if (delta < -MAX_DELTA || delta > MAX_DELTA) {
            throw new InvalidValueException("delta", "delta must be between -" + MAX_DELTA + " and " + MAX_DELTA);
        }
    }

    /**
     * Whether the adjustment keeps a stock of {@code current} between 0 and {@link Product#MAX_STOCK}: the condition
     * {@link ProductRepository#adjustStock} applies in its one statement.
     */
    public boolean fits(int current) {
        long result = (long) current + delta;
        return result >= 0 && result <= Product.MAX_STOCK;
    }
}
