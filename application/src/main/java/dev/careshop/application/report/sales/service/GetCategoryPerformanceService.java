package dev.careshop.application.report.sales.service;

import dev.careshop.application.report.sales.port.in.CategoryPerformance;
import dev.careshop.application.report.sales.port.in.GetCategoryPerformanceUseCase;
import dev.careshop.application.report.sales.port.in.ReportPeriod;
import dev.careshop.application.report.sales.port.out.CategoryPerformanceQuery;
import dev.careshop.application.shared.UseCase;
import java.util.List;

@UseCase(readOnly = true)
public class GetCategoryPerformanceService implements GetCategoryPerformanceUseCase {

    private final CategoryPerformanceQuery query;

    public GetCategoryPerformanceService(CategoryPerformanceQuery query) {
        this.query = query;
    }

    @Override
    public List<CategoryPerformance> performance(ReportPeriod period) {
        return query.performance(period);
    }
}
