package dev.careshop.application.report.sales.port.out;

import dev.careshop.application.report.sales.port.in.CategoryPerformance;
import dev.careshop.application.report.sales.port.in.ReportPeriod;
import java.util.List;

/** Builds the category report in one statement, in the order {@code GetCategoryPerformanceUseCase} promises. */
public interface CategoryPerformanceQuery {

    List<CategoryPerformance> performance(ReportPeriod period);
}
