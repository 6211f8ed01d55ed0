package dev.careshop.adapter.web.report;

import static dev.careshop.adapter.web.shared.ProblemType.NOT_ACCEPTABLE;
import static dev.careshop.adapter.web.shared.ProblemType.NOT_FOUND;

import dev.careshop.adapter.web.shared.CsvHttpMessageConverter;
import dev.careshop.adapter.web.shared.ProblemResponses;
import dev.careshop.application.report.sales.port.in.GetCategoryPerformanceUseCase;
import dev.careshop.application.report.sales.port.in.GetProductSalesUseCase;
import dev.careshop.application.report.sales.port.in.ReportPeriod;
import dev.careshop.application.report.sales.port.in.SalesMonths;
import dev.careshop.application.report.users.port.in.GetUserStatisticsUseCase;
import dev.careshop.domain.shop.product.ProductId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reports: read models straight from the database, one SQL statement each. Every report is JSON by default and
 * CSV for {@code Accept: text/csv}, with the same rows.
 */
@RestController
@RequestMapping(path = "/api/reports", produces = {MediaType.APPLICATION_JSON_VALUE, CsvHttpMessageConverter.TEXT_CSV_VALUE})
@Tag(name = "Reports", description = "Statistics over users, product sales and categories, read straight from the database. "
        + "Staff and administrators only. Each report answers JSON, or CSV (RFC 4180, a header line, UTF-8) for "
        + "`Accept: text/csv`. Sales count orders by the day they were placed (UTC) and at the prices they were placed at.")
public class ReportController {

    private final GetUserStatisticsUseCase userStatistics;
    private final GetProductSalesUseCase productSales;
    private final GetCategoryPerformanceUseCase categoryPerformance;
    private final ReportWebMapper mapper;

    ReportController(GetUserStatisticsUseCase userStatistics, GetProductSalesUseCase productSales,
                     GetCategoryPerformanceUseCase categoryPerformance, ReportWebMapper mapper) {
        this.userStatistics = userStatistics;
        this.productSales = productSales;
        this.categoryPerformance = categoryPerformance;
        this.mapper = mapper;
    }

    @GetMapping("/users")
    @Operation(operationId = "reportUserStatistics", summary = "Count the user accounts",
            description = "All accounts, active and inactive ones, those registered in the last 30 days (by the service's clock), "
                    + "and how many hold each role.")
    @ApiResponse(responseCode = "200", description = "The figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = UserStatisticsResponse.class)),
            @Content(mediaType = CsvHttpMessageConverter.TEXT_CSV_VALUE, schema = @Schema(type = "string"),
                    examples = @ExampleObject(name = "csv", value =
                            "totalUsers,activeUsers,inactiveUsers,registeredLast30Days,byRole.CUSTOMER,byRole.STAFF,byRole.ADMIN\r\n"
                            + "1250,1190,60,84,1228,19,3\r\n"))})
    @ProblemResponses(NOT_ACCEPTABLE)
    UserStatisticsResponse users() {
        return mapper.toResponse(userStatistics.statistics());
    }

    @GetMapping("/products/{id}/sales")
    @Operation(operationId = "reportProductSales", summary = "A product's sales per month",
            description = "One row per calendar month (UTC) from the oldest month asked for to the current one, months without "
                    + "sales as zeros. Counts the lines of orders that were paid and not cancelled (PROCESSING, SHIPPED, "
                    + "DELIVERED), at the price and quantity of each line. A deleted product keeps its history.")
    @ApiResponse(responseCode = "200", description = "The months, oldest first", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ProductSalesResponse.class)),
            @Content(mediaType = CsvHttpMessageConverter.TEXT_CSV_VALUE, schema = @Schema(type = "string"),
                    examples = @ExampleObject(name = "csv", value =
                            "year,month,quantity,revenue\r\n"
                            + "2026,10,0,0.00\r\n"
                            + "2026,11,42,209.58\r\n"
                            + "2026,12,7,34.93\r\n"))})
    @ProblemResponses({NOT_FOUND, NOT_ACCEPTABLE})
    ProductSalesResponse productSales(
            @PathVariable UUID id,
            @Parameter(description = "how many months, the current one included")
            @RequestParam(defaultValue = "" + SalesMonths.DEFAULT) @Min(SalesMonths.MIN) @Max(SalesMonths.MAX) int months) {
        return mapper.toResponse(productSales.salesOf(new ProductId(id), new SalesMonths(months)));
    }

    @GetMapping("/categories")
    @Operation(operationId = "reportCategoryPerformance", summary = "Sales and products per category",
            description = "Every category, and one line named Uncategorised (categoryId null) for products without one: its "
                    + "active products (productCount, averagePrice: null when it has none) and what its products sold in paid "
                    + "orders (PROCESSING, SHIPPED, DELIVERED) placed from `from` to `to`. Highest revenue first, then by name; "
                    + "categories without sales have zeros.")
    @ApiResponse(responseCode = "200", description = "The categories", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = CategoryPerformanceResponse.class)),
            @Content(mediaType = CsvHttpMessageConverter.TEXT_CSV_VALUE, schema = @Schema(type = "string"),
                    examples = @ExampleObject(name = "csv", value =
                            "categoryId,name,productCount,unitsSold,revenue,averagePrice\r\n"
                            + "0196a3c2-7f1e-7a7b-9c55-2f4b8d1e6a10,Pain relief,12,310,1547.90,6.45\r\n"
                            + ",Uncategorised,2,5,19.95,3.99\r\n"
                            + "0196a3c4-1b2c-7d3e-8f40-5a6b7c8d9e0f,Vitamins,0,0,0.00,\r\n"))})
    @ProblemResponses(NOT_ACCEPTABLE)
    CategoryPerformanceResponse categories(
            @Parameter(description = "first day of orders counted (UTC), inclusive; open when absent", example = "2026-01-01")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last day of orders counted (UTC), inclusive; open when absent", example = "2026-12-31")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ReportPeriod period = new ReportPeriod(from, to);
        return mapper.toResponse(from, to, categoryPerformance.performance(period));
    }
}
