package dev.careshop.adapter.web.shop.order;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(name = "ShippingAddressRequest")
public record ShippingAddressRequest(
        @Schema(example = "221B Baker Street") @NotBlank @Size(max = 200) String line1,
        @Schema(example = "Flat 2", nullable = true) @Size(max = 200) String line2,
        @Schema(example = "London") @NotBlank @Size(max = 100) String city,
        @Schema(example = "NW1 6XE") @NotBlank @Size(max = 20) String postalCode,
        @Schema(example = "GB", description = "ISO 3166-1 alpha-2 code") @NotBlank @Size(min = 2, max = 2) String country) {
}
