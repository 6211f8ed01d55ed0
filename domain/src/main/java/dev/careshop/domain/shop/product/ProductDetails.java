package dev.careshop.domain.shop.product;

import dev.careshop.domain.shared.InvalidValueException;
import dev.careshop.domain.shared.Money;
import dev.careshop.domain.shared.Text;
import dev.careshop.domain.shop.category.CategoryId;
import java.math.BigDecimal;

/**
 * Every field of a product that a client may set, trimmed and checked. The category is optional; that it exists is
 * checked by the use case (and the foreign key). Stock and the active flag are not here: they change through their
 * own operations.
 */
public record ProductDetails(String name, String description, Money price, CategoryId categoryId) {

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 5000;
    /** Prices are stored as numeric(10,2): strictly below one hundred million. */
    public static final BigDecimal PRICE_LIMIT = new BigDecimal("100000000");

    public ProductDetails {
        name = Text.required("name", name, NAME_MAX);
        description = Text.optional("description", description, DESCRIPTION_MAX);
        if (price == null) {
            throw new InvalidValueException("price", "price is required");
        }
        checkPriceLimit("price", price);
    }

    /** A price a client sent: at least 0, at most two decimals, below {@link #PRICE_LIMIT}; failures name {@code field}. */
    public static Money price(String field, BigDecimal amount) {
        // The limit first: it is a cheap comparison, whatever exponent the client wrote.
        if (amount != null && amount.compareTo(PRICE_LIMIT) >= 0) {
            throw new InvalidValueException(field, field + " must be less than " + PRICE_LIMIT.toPlainString());
        }
        return Money.of(field, amount);
    }

    /** {@code null} for an absent amount, otherwise {@link #price(String, BigDecimal)}. */
    public static Money priceOrNull(String field, BigDecimal amount) {
        return amount == null ? null : price(field, amount);
    }

    private static void checkPriceLimit(String field, Money price) {
        if (price.amount().compareTo(PRICE_LIMIT) >= 0) {
            throw new InvalidValueException(field, field + " must be less than " + PRICE_LIMIT.toPlainString());
        }
    }
}
