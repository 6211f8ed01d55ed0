package dev.careshop.application.report.sales.port.in;

import java.util.List;

public interface GetCategoryPerformanceUseCase {

    /**
     * Every category, plus one {@link CategoryPerformance#UNCATEGORISED} line, by revenue (highest first), then name.
     * Categories without sales are there with zeros.
     */
    List<CategoryPerformance> performance(ReportPeriod period);
}
