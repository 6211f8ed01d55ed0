package dev.careshop.adapter.web.shop.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.careshop.domain.shop.order.OrderRejectedException;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An entry of a problem's {@code errors} about one part of an order: a {@link FieldError} ({@code field},
 * {@code message}) plus, where they apply, the line's {@code productId}, the {@code requested} quantity and the units
 * {@code available}. Members that do not apply are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemError(
        @Schema(example = "items[2].quantity") String field,
        @Schema(example = "product 0196a3c5-2c3d-7e4f-8a5b-6c7d8e9f0a1b has 1 in stock, 3 requested") String message,
        @Schema(example = "0196a3c5-2c3d-7e4f-8a5b-6c7d8e9f0a1b") java.util.UUID productId,
        @Schema(example = "3") Integer requested,
        @Schema(example = "1") Integer available) {

    static ItemError of(OrderRejectedException.Rejection rejection) {
        return new ItemError(rejection.field(), rejection.message(), rejection.productId(), rejection.requested(),
                rejection.available());
    }
}
