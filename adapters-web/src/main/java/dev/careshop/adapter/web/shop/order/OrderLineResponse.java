package dev.careshop.adapter.web.shop.order;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.UUID;

@Schema(name = "OrderLine")
public record OrderLineResponse(
        @Schema(example = "0196a3c5-2c3d-7e4f-8a5b-6c7d8e9f0a1b") UUID productId,
        @Schema(example = "Aspirin 500 mg") String productName,
        @Schema(example = "4.99") BigDecimal unitPrice,
        @Schema(example = "2") int quantity,
        @Schema(example = "9.98") BigDecimal lineTotal) {
}
