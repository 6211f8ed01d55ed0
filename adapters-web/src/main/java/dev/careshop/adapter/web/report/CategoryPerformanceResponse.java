package dev.careshop.adapter.web.report;

import dev.careshop.adapter.web.shared.CsvTable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Each category's products and sales in paid orders of the period, by revenue (highest first), then name. */
@Schema(name = "CategoryPerformance")
public record CategoryPerformanceResponse(
        @Schema(description = "first day counted (UTC), absent when open", example = "2026-01-01") LocalDate from,
        @Schema(description = "last day counted (UTC), absent when open", example = "2026-12-31") LocalDate to,
        List<Line> categories) implements CsvTable {

    @Schema(name = "CategoryPerformanceLine")
    public record Line(
            @Schema(description = "null on the Uncategorised line, for products without a category",
                    example = "0196a3c2-7f1e-7a7b-9c55-2f4b8d1e6a10") UUID categoryId,
            @Schema(example = "Pain relief") String name,
            @Schema(description = "active products in the category", example = "12") long productCount,
            @Schema(description = "units of its products sold, deleted products included", example = "310") long unitsSold,
            @Schema(description = "what those units were sold for, two decimals", example = "1547.90") BigDecimal revenue,
            @Schema(description = "average price of its active products, two decimals; null when it has none", example = "6.45")
            BigDecimal averagePrice) {
    }

    @Override
    public String csvFileName() {
        return "category-performance";
    }

    @Override
    public List<String> csvHeader() {
        return List.of("categoryId", "name", "productCount", "unitsSold", "revenue", "averagePrice");
    }

    @Override
    public List<List<?>> csvRows() {
        // Arrays.asList: the categoryId and averagePrice cells may be null.
        return categories.stream().<List<?>>map(line -> Arrays.asList(line.categoryId(), line.name(), line.productCount(),
                line.unitsSold(), line.revenue(), line.averagePrice())).toList();
    }
}
