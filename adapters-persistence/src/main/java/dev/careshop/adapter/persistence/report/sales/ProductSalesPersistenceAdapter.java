package dev.careshop.adapter.persistence.report.sales;

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
 * One statement: the product (so an unknown id yields no row, and a 404) crossed with every month of the window, outer
 * joined to its sales per month. The sales are the product's own order lines (index on order_lines.product_id, which
 * also carries quantity and line_total), each joined to its order by primary key for status and date: the cost grows
 * with the product's lines, never with all lines. Quantity and revenue are the lines' own, i.e. the price paid.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ProductSalesPersistenceAdapter implements ProductSalesQuery {

    private static final String MONTHLY_SALES = """
            SELECT p.name,
                   CAST(extract(YEAR FROM m.month) AS integer),
                   CAST(extract(MONTH FROM m.month) AS integer),
                   coalesce(s.quantity, 0),
                   coalesce(s.revenue, 0)
              FROM products p
             CROSS JOIN generate_series(CAST(:from AS timestamptz) AT TIME ZONE 'UTC', CAST(:lastMonth AS timestamptz) AT TIME ZONE 'UTC',
                            interval '1 month') AS m (month)
              LEFT JOIN (SELECT date_trunc('month', o.created_at AT TIME ZONE 'UTC') AS month,
                                sum(l.quantity) AS quantity,
                                sum(l.line_total) AS revenue
                           FROM order_lines l
                           JOIN orders o ON o.id = l.order_id
                          WHERE l.product_id = :product
                            AND o.status IN ('PROCESSING', 'SHIPPED', 'DELIVERED')
                            AND o.created_at >= :from AND o.created_at < :until
                          GROUP BY 1) AS s ON s.month = m.month
             WHERE p.id = :product
             ORDER BY m.month""";

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
