package dev.careshop.adapter.web.shop.category;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

@Schema(name = "Category")
public record CategoryResponse(
        @Schema(example = "0196a3c3-0a1b-7c2d-8e3f-4a5b6c7d8e9f") UUID id,
        @Schema(example = "Vitamins") String name,
        @Schema(example = "Supplements for a daily boost") String description,
        @Schema(example = "2026-11-21T10:15:30Z") Instant createdAt,
        @Schema(example = "2026-11-21T10:15:30Z") Instant updatedAt,
        @Schema(example = "0") long version) {
}
