package dev.careshop.application.shop.order.port.in;

import dev.careshop.domain.shared.Money;
import dev.careshop.domain.shop.order.OrderId;
import dev.careshop.domain.shop.order.PaymentMethod;
import java.util.Objects;

/** {@code amount} is optional: when the client sends it, it must be the order's total. */
public record PayOrderCommand(OrderId orderId, PaymentMethod method, String token, Money amount) {

    public PayOrderCommand {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(token, "token");
    }
}
