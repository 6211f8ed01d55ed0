package dev.careshop.adapter.web.shop.order;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "PlaceOrderRequest", description = "Prices and totals are never sent: the service computes them.")
public record PlaceOrderRequest(
        @Schema(example = "0196a3c2-7f1e-7a7b-9c55-2f4b8d1e6a10") @NotNull UUID userId,
        @Schema(description = "1 to 100 entries; entries for the same product are merged (quantities summed, at most 1000)")
        @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid OrderItemRequest> items,
        @NotNull @Valid ShippingAddressRequest shippingAddress,
        @Schema(example = "Please ring twice", nullable = true) @Size(max = 1000) String notes,
        @Schema(example = "[\"gift\"]", nullable = true) @Size(max = 10) List<@NotBlank @Size(max = 50) String> tags,
        @Schema(description = "any JSON object of at most 16 KB (UTF-8), stored and returned as sent", example = "{\"channel\": \"web\"}",
                nullable = true)
        Map<String, Object> metadata) {
}
