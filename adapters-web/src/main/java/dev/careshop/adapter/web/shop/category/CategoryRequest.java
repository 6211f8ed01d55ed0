package dev.careshop.adapter.web.shop.category;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of create (POST) and update (PUT, a full replacement) of a category. */
@Schema(name = "CategoryRequest")
public record CategoryRequest(
        @Schema(example = "Vitamins", maxLength = 100, description = "unique among categories, case-insensitive")
        @NotBlank @Size(max = 100) String name,
        @Schema(example = "Supplements for a daily boost", maxLength = 1000, nullable = true)
        @Size(max = 1000) String description) {
}
