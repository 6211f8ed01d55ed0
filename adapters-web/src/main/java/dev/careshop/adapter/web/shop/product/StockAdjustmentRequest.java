package dev.careshop.adapter.web.shop.product;

import dev.careshop.domain.shop.product.StockAdjustment;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Body of a stock adjustment: units to add (positive) or take away (negative). */
@Schema(name = "StockAdjustmentRequest")
public record StockAdjustmentRequest(
        @Schema(example = "-3", minimum = "-1000000", maximum = "1000000", description = "a whole number other than 0")
        @NotNull @Min(-StockAdjustment.MAX_DELTA) @Max(StockAdjustment.MAX_DELTA) Integer delta) {
}
