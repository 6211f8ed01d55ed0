package dev.careshop.adapter.web.shop.order;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "ShippingAddress")
public record ShippingAddressResponse(
        @Schema(example = "221B Baker Street") String line1,
        @Schema(example = "Flat 2", nullable = true) String line2,
        @Schema(example = "London") String city,
        @Schema(example = "NW1 6XE") String postalCode,
        @Schema(example = "GB") String country) {
}
