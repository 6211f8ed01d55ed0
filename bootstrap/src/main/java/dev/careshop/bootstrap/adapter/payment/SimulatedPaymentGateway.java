package dev.careshop.bootstrap.adapter.payment;

import dev.careshop.application.shop.order.port.out.PaymentGatewayPort;
import dev.careshop.domain.shared.Money;
import dev.careshop.domain.shop.order.OrderId;
import dev.careshop.domain.shop.order.PaymentMethod;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Stands in for a payment provider: declines the token {@value #DECLINED_TOKEN}, approves any other, and takes
 * {@code careshop.payment.simulated-delay} (default none) to answer, like a network call would.
 */
@Component
public class SimulatedPaymentGateway implements PaymentGatewayPort {

    public static final String DECLINED_TOKEN = "tok_declined";

    private final Duration delay;

    public SimulatedPaymentGateway(@Value("${careshop.payment.simulated-delay:0ms}") Duration delay) {
        this.delay = delay;
    }

    @Override
    public ChargeResult charge(OrderId orderId, Money amount, PaymentMethod method, String token) {
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (DECLINED_TOKEN.equals(token)) {
            return new Declined("the card issuer declined the payment");
        }
        return new Approved("sim_" + UUID.randomUUID().toString().replace("-", ""));
    }
}
