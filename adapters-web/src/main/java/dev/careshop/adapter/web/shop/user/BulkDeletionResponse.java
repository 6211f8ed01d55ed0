package dev.careshop.adapter.web.shop.user;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "UsersDeletionResult")
public record BulkDeletionResponse(
        @Schema(example = "4", description = "inactive users deleted, with their posts") long deleted,
        @Schema(example = "1", description = "inactive users kept because they have orders") long skipped) {
}
