package dev.careshop.domain.shop.product;

import dev.careshop.domain.shared.InvalidValueException;
import dev.careshop.domain.shared.Money;
import dev.careshop.domain.shared.Text;
import dev.careshop.domain.shop.category.CategoryId;

/**
 * Filters of the product list; {@code null} means "any". {@code q} matches names containing it, ignoring case, with
 * LIKE wildcards taken literally; the price bounds are inclusive; {@code inStock} {@code true} keeps products with
 * stock, {@code false} the sold-out ones; inactive (deleted) products are left out unless {@code includeInactive}.
 */
public record ProductSearch(String q, CategoryId categoryId, Money minPrice, Money maxPrice, Boolean inStock,
                            boolean includeInactive) {

    public ProductSearch {
        q = Text.filter("q", q);
        if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
            throw new InvalidValueException("minPrice", "minPrice must not be greater than maxPrice");
        }
    }

    /** Every active product. */
    public static ProductSearch all() {
        return new ProductSearch(null, null, null, null, null, false);
    }
}
