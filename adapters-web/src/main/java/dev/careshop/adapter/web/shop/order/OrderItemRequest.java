package dev.careshop.adapter.web.shop.order;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

@Schema(name = "OrderItemRequest")
public record OrderItemRequest(
        @Schema(example = "0196a3c5-2c3d-7e4f-8a5b-6c7d8e9f0a1b") @NotNull UUID productId,
        @Schema(example = "2", minimum = "1", maximum = "1000") @NotNull @Min(1) @Max(1000) Integer quantity) {
}
