package dev.careshop.application.report.sales.port.in;

import dev.careshop.domain.shop.product.ProductId;

public interface GetProductSalesUseCase {

    /**
     * The product's sales in the last {@code months} calendar months, the current one included (UTC). A deleted
     * (inactive) product keeps its history; an unknown one is a {@code NotFoundException}.
     */
    ProductSales salesOf(ProductId product, SalesMonths months);
}
