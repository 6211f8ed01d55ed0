package dev.careshop.adapter.persistence.report.sales;

import dev.careshop.adapter.persistence.shared.SqlResource;
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
 * One statement, report/category-performance.sql: the paid orders of the period summed per product, rolled up per
 * category, plus the line for products without one. The period's bounds are written into the statement only when
 * given, so an open period filters on status alone and each variant gets a plan of its own.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class CategoryPerformancePersistenceAdapter implements CategoryPerformanceQuery {

    private static final String REPORT = SqlResource.load("report/category-performance.sql");
    private static final String PERIOD = "/* PERIOD */";

    private final EntityManager entityManager;

    CategoryPerformancePersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<CategoryPerformance> performance(ReportPeriod period) {
        StringBuilder bounds = new StringBuilder();
        if (period.from() != null) {
            bounds.append(" AND o.created_at >= :from");
        }
        if (period.to() != null) {
            bounds.append(" AND o.created_at < :until");
        }
        Query query = entityManager.createNativeQuery(REPORT.replace(PERIOD, bounds))
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
