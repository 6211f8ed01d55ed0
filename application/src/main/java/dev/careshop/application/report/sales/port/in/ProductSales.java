package dev.careshop.application.report.sales.port.in;

import dev.careshop.domain.shop.product.ProductId;
import java.util.List;

/**
 * Read model answered by {@link GetProductSalesUseCase}: one product's sales per month, oldest month first, every
 * month of the window present (a month without sales has zeros). Only orders that were paid and not cancelled count.
 */
public record ProductSales(ProductId productId, String productName, List<MonthlySales> months) {

    public ProductSales {
        months = List.copyOf(months);
    }
}
