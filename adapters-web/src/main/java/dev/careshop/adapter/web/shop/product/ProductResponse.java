package dev.careshop.adapter.web.shop.product;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Schema(name = "Product")
public record ProductResponse(
        @Schema(example = "0196a3c3-0a1b-7c2d-8e3f-4a5b6c7d8e9f") UUID id,
        @Schema(example = "Vitamin C 500 mg") String name,
        @Schema(example = "60 tablets") String description,
        @Schema(example = "12.50", description = "a JSON number with two decimals") BigDecimal price,
        @Schema(example = "40") int stockQuantity,
        @Schema(example = "0196a3c3-0a1b-7c2d-8e3f-4a5b6c7d8e9f") UUID categoryId,
        @Schema(example = "true", description = "false once deleted") boolean active,
        @Schema(example = "2026-11-21T10:15:30Z") Instant createdAt,
        @Schema(example = "2026-11-21T10:15:30Z") Instant updatedAt,
        @Schema(example = "0") long version) {
}
