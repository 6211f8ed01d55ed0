package dev.careshop.adapter.web.report;

import dev.careshop.adapter.web.shared.CsvTable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** One product's sales per calendar month (UTC), oldest first, every month of the window present. */
@Schema(name = "ProductSales")
public record ProductSalesResponse(
        @Schema(example = "0196a3c2-7f1e-7a7b-9c55-2f4b8d1e6a10") UUID productId,
        @Schema(example = "Ibuprofen 400") String productName,
        List<Month> months) implements CsvTable {

    @Schema(name = "ProductSalesMonth")
    public record Month(
            @Schema(example = "2026") int year,
            @Schema(description = "1 to 12", example = "11") int month,
            @Schema(description = "units sold", example = "42") long quantity,
            @Schema(description = "what those units were sold for, two decimals", example = "209.58") BigDecimal revenue) {
    }

    @Override
    public String csvFileName() {
        return "product-sales-" + productId;
    }

    @Override
    public List<String> csvHeader() {
        return List.of("year", "month", "quantity", "revenue");
    }

    @Override
    public List<List<?>> csvRows() {
        return months.stream().<List<?>>map(m -> List.of(m.year(), m.month(), m.quantity(), m.revenue())).toList();
    }
}
