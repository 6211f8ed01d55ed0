package dev.careshop.adapter.web.shop.user;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

@Schema(name = "Post")
public record PostResponse(
        @Schema(example = "0196a3c5-2c3d-7e4f-9051-6b7c8d9e0f1a") UUID id,
        @Schema(example = "0196a3c3-0a1b-7c2d-8e3f-4a5b6c7d8e9f") UUID userId,
        @Schema(example = "Which vitamin D dose in winter?") String title,
        @Schema(example = "My pharmacist suggested 1000 IU a day.") String body,
        @Schema(example = "2026-11-21T10:15:30Z") Instant createdAt) {
}
