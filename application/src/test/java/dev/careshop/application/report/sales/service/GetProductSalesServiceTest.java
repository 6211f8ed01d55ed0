package dev.careshop.application.report.sales.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.application.report.fakes.InMemoryProductSales;
import dev.careshop.application.report.sales.port.in.GetProductSalesUseCase;
import dev.careshop.application.report.sales.port.in.MonthlySales;
import dev.careshop.application.report.sales.port.in.ProductSales;
import dev.careshop.application.report.sales.port.in.SalesMonths;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shop.product.ProductId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class GetProductSalesServiceTest {

    /** 23:30 UTC on 31 January is already February in Berlin: the report must still end in January. */
    private static final Clock LAST_EVENING_OF_JANUARY_UTC =
            Clock.fixed(Instant.parse("2026-01-31T23:30:00Z"), ZoneId.of("Europe/Berlin"));

    private final InMemoryProductSales sales = new InMemoryProductSales();
    private final GetProductSalesUseCase getSales = new GetProductSalesService(sales, LAST_EVENING_OF_JANUARY_UTC);
    private final ProductId ibuprofen = ProductId.newId();

    @Test
    void coversTheMonthsAskedForEndingWithTheCurrentUtcMonthAcrossTheYearBoundary() {
        sales.product(ibuprofen, "Ibuprofen 400");
        sales.sold(ibuprofen, YearMonth.of(2025, 11), 4, "19.96");

        ProductSales report = getSales.salesOf(ibuprofen, new SalesMonths(3));

        assertThat(report.productName()).isEqualTo("Ibuprofen 400");
        assertThat(report.months()).extracting(MonthlySales::month)
                .containsExactly(YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 1));
        assertThat(report.months().get(0).revenue()).isEqualTo(new BigDecimal("19.96"));
        assertThat(report.months().get(1).revenue()).as("a month without sales, in cents").isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void oneMonthIsTheCurrentMonthAndSixtyGoBackFiveYears() {
        sales.product(ibuprofen, "Ibuprofen 400");

        assertThat(getSales.salesOf(ibuprofen, new SalesMonths(1)).months()).extracting(MonthlySales::month)
                .containsExactly(YearMonth.of(2026, 1));
        assertThat(getSales.salesOf(ibuprofen, new SalesMonths(60)).months()).hasSize(60)
                .first().extracting(MonthlySales::month).isEqualTo(YearMonth.of(2021, 2));
    }

    @Test
    void anUnknownProductIsNotFound() {
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> getSales.salesOf(ibuprofen, new SalesMonths(SalesMonths.DEFAULT)))
                .withMessageContaining(ibuprofen.toString());
    }
}
