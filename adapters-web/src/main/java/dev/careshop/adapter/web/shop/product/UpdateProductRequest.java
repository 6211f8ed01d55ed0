package dev.careshop.adapter.web.shop.product;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * Body of update (PUT, a full replacement of the details) of a product. {@code stockQuantity} is read-only here (an
 * update must never overwrite a concurrent stock change): sending it is a 400.
 */
@Schema(name = "UpdateProductRequest")
public record UpdateProductRequest(
        @Schema(example = "Vitamin C 500 mg", maxLength = 200) @NotBlank @Size(max = 200) String name,
        @Schema(example = "60 tablets", maxLength = 5000, nullable = true) @Size(max = 5000) String description,
        @Schema(example = "12.50", minimum = "0", maximum = "99999999.99",
                description = "a JSON number, at most 2 decimals (trailing zeros aside); a string is refused")
        @NotNull @DecimalMin("0") @DecimalMax(value = "100000000", inclusive = false)
        BigDecimal price,
        @Schema(example = "0196a3c3-0a1b-7c2d-8e3f-4a5b6c7d8e9f", nullable = true, description = "an existing category (422 otherwise)")
        UUID categoryId,
        @Schema(example = "true", nullable = true,
                description = "true reactivates a deleted product, false deletes it; left out, the product keeps its state")
        Boolean active) {
}
