package dev.careshop.adapter.persistence.report.sales;

import dev.careshop.adapter.persistence.shared.SqlResource;
import dev.careshop.application.report.sales.port.in.MonthlySales;
import dev.careshop.application.report.sales.port.in.ProductSales;
import dev.careshop.application.report.sales.port.out.ProductSalesQuery;
import dev.careshop.domain.shop.product.ProductId;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One statement, report/product-sales.sql: the product (so an unknown id yields no row, and a 404) crossed with every
 * month of the window, outer-joined to the sums of its own lines in paid orders. The cost follows the product's
 * lines, never all lines; quantity and revenue are the lines' own, i.e. what was paid.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ProductSalesPersistenceAdapter implements ProductSalesQuery {

    private static final String MONTHLY_SALES = SqlResource.load("report/product-sales.sql");

    private final EntityManager entityManager;

    ProductSalesPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<ProductSales> monthlySales(ProductId product, YearMonth first, YearMonth last) {
        // Instants with their offset, never a LocalDateTime: the driver would read that in the JVM's time zone.
        OffsetDateTime lastMonth = startOf(last);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(MONTHLY_SALES)
                .setParameter("product", product.value())
                .setParameter("from", startOf(first))
                .setParameter("lastMonth", lastMonth)
                .setParameter("until", lastMonth.plusMonths(1))
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<MonthlySales> months = rows.stream()
                .map(row -> new MonthlySales(YearMonth.of((Integer) row[1], (Integer) row[2]),
                        ((Number) row[3]).longValue(), (BigDecimal) row[4]))
                .toList();
        return Optional.of(new ProductSales(product, (String) rows.get(0)[0], months));
    }

    private static OffsetDateTime startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
