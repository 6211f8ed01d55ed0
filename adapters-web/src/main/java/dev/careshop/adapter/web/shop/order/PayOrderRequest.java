package dev.careshop.adapter.web.shop.order;

import dev.careshop.domain.shop.order.PaymentMethod;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

@Schema(name = "PayOrderRequest")
public record PayOrderRequest(
        @Schema(example = "CARD") @NotNull PaymentMethod method,
        @Schema(example = "tok_visa", description = "required: the payment provider's token (1-100 characters, never stored); the simulated gateway declines tok_declined")
        @NotBlank @Size(max = 100) String token,
        @Schema(example = "10.48", nullable = true,
                description = "optional; when sent it must equal the order's total, else 422 and nothing is charged")
        // Read as Money like every amount: trailing zeros are fine (10.480), a third decimal or 1e999999999 is a 400.
        BigDecimal amount) {
}
