package dev.careshop.adapter.persistence.report.sales;

import dev.careshop.application.report.sales.port.in.CategoryPerformance;
import dev.careshop.application.report.sales.port.in.ReportPeriod;
import dev.careshop.application.report.sales.port.out.CategoryPerformanceQuery;
import dev.careshop.domain.shop.category.CategoryId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One statement: the paid orders of the period (index on orders (status, created_at)) summed per product, the
 * products attached to their categories, and one more line for the products without a category. The period's bounds
 * are added to the SQL only when given, so an open period filters on status alone.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class CategoryPerformancePersistenceAdapter implements CategoryPerformanceQuery {

    private static final String REPORT = """
            WITH sold AS (
                SELECT l.product_id, sum(l.quantity) AS units, sum(l.line_total) AS revenue
                  FROM orders o
                  JOIN order_lines l ON l.order_id = o.id
                 WHERE o.status IN ('PROCESSING', 'SHIPPED', 'DELIVERED')%s
                 GROUP BY l.product_id
            ), figures AS (
                SELECT p.category_id, p.active, p.price, coalesce(s.units, 0) AS units, coalesce(s.revenue, 0) AS revenue
                  FROM products p
                  LEFT JOIN sold s ON s.product_id = p.id
            ), report AS (
                SELECT c.id AS category_id, c.name AS name,
                       count(f.category_id) FILTER (WHERE f.active) AS product_count,
                       coalesce(sum(f.units), 0) AS units_sold,
                       coalesce(sum(f.revenue), 0) AS revenue,
                       round(avg(f.price) FILTER (WHERE f.active), 2) AS average_price
                  FROM categories c
                  LEFT JOIN figures f ON f.category_id = c.id
                 GROUP BY c.id, c.name
                 UNION ALL
                SELECT CAST(NULL AS uuid), :uncategorised,
                       count(*) FILTER (WHERE active),
                       coalesce(sum(units), 0),
                       coalesce(sum(revenue), 0),
                       round(avg(price) FILTER (WHERE active), 2)
                  FROM figures
                 WHERE category_id IS NULL
            )
            SELECT category_id, name, product_count, units_sold, revenue, average_price
              FROM report
             ORDER BY revenue DESC, name, category_id NULLS LAST""";

    private final EntityManager entityManager;

    CategoryPerformancePersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<CategoryPerformance> performance(ReportPeriod period) {
        StringBuilder bounds = new StringBuilder();
        if (period.from() != null) {
            bounds.append("\n                   AND o.created_at >= :from");
        }
        if (period.to() != null) {
            bounds.append("\n                   AND o.created_at < :until");
        }
        Query query = entityManager.createNativeQuery(REPORT.formatted(bounds))
                .setParameter("uncategorised", CategoryPerformance.UNCATEGORISED);
        if (period.from() != null) {
            query.setParameter("from", period.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (period.to() != null) {
            // "to" is inclusive: its orders end where the next day begins.
            query.setParameter("until", period.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(CategoryPerformancePersistenceAdapter::line).toList();
    }

    private static CategoryPerformance line(Object[] row) {
        CategoryId category = row[0] == null ? null : new CategoryId((UUID) row[0]);
        return new CategoryPerformance(category, (String) row[1], ((Number) row[2]).longValue(), ((Number) row[3]).longValue(),
                (BigDecimal) row[4], (BigDecimal) row[5]);
    }
}
