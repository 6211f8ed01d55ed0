package dev.careshop.bootstrap.config;

import dev.careshop.application.report.sales.port.in.GetCategoryPerformanceUseCase;
import dev.careshop.application.report.sales.port.in.GetProductSalesUseCase;
import dev.careshop.application.report.sales.port.out.CategoryPerformanceQuery;
import dev.careshop.application.report.sales.port.out.ProductSalesQuery;
import dev.careshop.application.report.sales.service.GetCategoryPerformanceService;
import dev.careshop.application.report.sales.service.GetProductSalesService;
import dev.careshop.application.report.users.port.in.GetUserStatisticsUseCase;
import dev.careshop.application.report.users.port.out.UserStatisticsQuery;
import dev.careshop.application.report.users.service.GetUserStatisticsService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reports' use cases (read-only queries), each exposed as its in-port; transactions come from {@link UseCaseTransactionConfiguration}. */
@Configuration(proxyBeanMethods = false)
class ReportUseCaseConfiguration {

    @Bean
    GetUserStatisticsUseCase getUserStatisticsUseCase(UserStatisticsQuery query, Clock clock) {
        return new GetUserStatisticsService(query, clock);
    }

    @Bean
    GetProductSalesUseCase getProductSalesUseCase(ProductSalesQuery query, Clock clock) {
        return new GetProductSalesService(query, clock);
    }

    @Bean
    GetCategoryPerformanceUseCase getCategoryPerformanceUseCase(CategoryPerformanceQuery query) {
        return new GetCategoryPerformanceService(query);
    }
}
