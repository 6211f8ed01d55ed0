package dev.careshop.adapter.web.report;

import dev.careshop.adapter.web.shared.WebMapperConfig;
import dev.careshop.application.report.sales.port.in.CategoryPerformance;
import dev.careshop.application.report.sales.port.in.MonthlySales;
import dev.careshop.application.report.sales.port.in.ProductSales;
import dev.careshop.application.report.users.port.in.UserStatistics;
import dev.careshop.domain.shop.user.Role;
import java.time.LocalDate;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = WebMapperConfig.class)
interface ReportWebMapper {

    @Mapping(target = "byRole", source = "statistics")
    UserStatisticsResponse toResponse(UserStatistics statistics);

    default UserStatisticsResponse.RoleCounts roleCounts(UserStatistics statistics) {
        return new UserStatisticsResponse.RoleCounts(statistics.holding(Role.CUSTOMER), statistics.holding(Role.STAFF),
                statistics.holding(Role.ADMIN));
    }

    @Mapping(target = "productId", source = "productId.value")
    ProductSalesResponse toResponse(ProductSales sales);

    @Mapping(target = "year", source = "month.year")
    @Mapping(target = "month", source = "month.monthValue")
    ProductSalesResponse.Month toResponse(MonthlySales month);

    CategoryPerformanceResponse toResponse(LocalDate from, LocalDate to, List<CategoryPerformance> categories);

    @Mapping(target = "categoryId", source = "categoryId.value")
    CategoryPerformanceResponse.Line toResponse(CategoryPerformance line);
}
