package dev.careshop.adapter.web.shop.order;

import dev.careshop.domain.shop.order.OrderStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "Order")
public record OrderResponse(
        @Schema(example = "0196a3c4-1b2c-7d3e-8f40-5a6b7c8d9e0f") UUID id,
        @Schema(example = "0196a3c2-7f1e-7a7b-9c55-2f4b8d1e6a10") UUID userId,
        @Schema(example = "PENDING") OrderStatus status,
        List<OrderLineResponse> items,
        @Schema(example = "10.48") BigDecimal totalAmount,
        ShippingAddressResponse shippingAddress,
        @Schema(example = "Please ring twice", nullable = true) String notes,
        @Schema(example = "[\"gift\"]") List<String> tags,
        @Schema(example = "{\"channel\": \"web\"}") Map<String, Object> metadata,
        @Schema(nullable = true, description = "the successful (or refunded) payment, else the latest declined attempt, else null")
        PaymentResponse payment,
        @Schema(example = "2026-11-21T10:15:30Z") Instant createdAt,
        @Schema(example = "2026-11-21T10:15:30Z") Instant updatedAt,
        @Schema(example = "0") long version) {
}
