package dev.careshop.application.report.sales.service;

import dev.careshop.application.report.sales.port.in.GetProductSalesUseCase;
import dev.careshop.application.report.sales.port.in.ProductSales;
import dev.careshop.application.report.sales.port.in.SalesMonths;
import dev.careshop.application.report.sales.port.out.ProductSalesQuery;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shop.product.ProductId;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;

@UseCase(readOnly = true)
public class GetProductSalesService implements GetProductSalesUseCase {

    private final ProductSalesQuery query;
    private final Clock clock;

    public GetProductSalesService(ProductSalesQuery query, Clock clock) {
        this.query = query;
        this.clock = clock;
    }

    @Override
    public ProductSales salesOf(ProductId product, SalesMonths months) {
        // Months are UTC months, whatever zone the clock was given: the same report for every caller and server.
        YearMonth current = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        return query.monthlySales(product, months.firstMonthEndingIn(current), current)
                .orElseThrow(() -> new NotFoundException("product", product));
    }
}
