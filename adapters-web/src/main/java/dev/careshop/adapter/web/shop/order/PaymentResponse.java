package dev.careshop.adapter.web.shop.order;

import dev.careshop.domain.shop.order.PaymentMethod;
import dev.careshop.domain.shop.order.PaymentStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Schema(name = "Payment")
public record PaymentResponse(
        @Schema(example = "0196a3c6-3d4e-7f50-8b6c-7d8e9f0a1b2c") UUID id,
        @Schema(example = "CARD") PaymentMethod method,
        @Schema(example = "10.48") BigDecimal amount,
        @Schema(example = "COMPLETED") PaymentStatus status,
        @Schema(example = "2026-11-21T10:16:02Z") Instant createdAt) {
}
