package dev.careshop.application.shop.order.port.out;

import dev.careshop.domain.shared.Money;
import dev.careshop.domain.shop.order.OrderId;
import dev.careshop.domain.shop.order.PaymentMethod;

/** Charges a customer through a payment provider. A decline is an answer, not a failure. */
public interface PaymentGatewayPort {

    /** What the gateway answered. */
    sealed interface ChargeResult permits Approved, Declined {
    }

    /** The money was taken; {@code reference} is the gateway's id of the charge. */
    record Approved(String reference) implements ChargeResult {
    }

    /** The money was not taken, for {@code reason}. */
    record Declined(String reason) implements ChargeResult {
    }

    ChargeResult charge(OrderId orderId, Money amount, PaymentMethod method, String token);
}
