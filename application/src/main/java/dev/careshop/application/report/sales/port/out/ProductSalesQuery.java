package dev.careshop.application.report.sales.port.out;

import dev.careshop.application.report.sales.port.in.ProductSales;
import dev.careshop.domain.shop.product.ProductId;
import java.time.YearMonth;
import java.util.Optional;

/** Sums a product's order lines per month in one statement; empty when the product does not exist. */
public interface ProductSalesQuery {

    /** Every month from {@code first} to {@code last} (both inclusive, UTC), zeros where nothing was sold. */
    Optional<ProductSales> monthlySales(ProductId product, YearMonth first, YearMonth last);
}
