package dev.careshop.application.report.sales.port.in;

import dev.careshop.domain.shop.category.CategoryId;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One line of the category report: a category (or, with no {@code categoryId}, the products that have none), how many
 * active products it holds and their average price ({@code null} when it holds none), and what its products, active or
 * not, sold in paid orders of the period. Money has two decimals; the average is rounded half up to cents.
 */
public record CategoryPerformance(CategoryId categoryId, String name, long productCount, long unitsSold,
                                  BigDecimal revenue, BigDecimal averagePrice) {

    /** The name of the line for products without a category. */
    public static final String UNCATEGORISED = "Uncategorised";

    public CategoryPerformance {
        revenue = revenue.setScale(2, RoundingMode.UNNECESSARY);
        averagePrice = averagePrice == null ? null : averagePrice.setScale(2, RoundingMode.HALF_UP);
    }
}
