package dev.careshop.adapter.web.shop.order;

import dev.careshop.domain.shop.order.PaymentMethod;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

@Schema(name = "PayOrderRequest")
public record PayOrderRequest(
        @Schema(example = "CARD") @NotNull PaymentMethod method,
        @Schema(example = "tok_visa", description = "the payment provider's token; the simulated gateway declines tok_declined")
        @NotBlank @Size(max = 100) String token,
        @Schema(example = "10.48", nullable = true,
                description = "optional; when sent it must equal the order's total, else 422 and nothing is charged")
        // Bounded like an order's total (numeric(15, 2)) before anything scales it: 1e999999999 must be a 400, not a 500.
        @Digits(integer = 13, fraction = 2) BigDecimal amount) {
}
