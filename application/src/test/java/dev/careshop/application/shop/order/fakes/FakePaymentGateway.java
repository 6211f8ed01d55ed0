package dev.careshop.application.shop.order.fakes;

import dev.careshop.application.shop.order.port.out.PaymentGatewayPort;
import dev.careshop.domain.shared.Money;
import dev.careshop.domain.shop.order.OrderId;
import dev.careshop.domain.shop.order.PaymentMethod;
import java.util.ArrayList;
import java.util.List;

/** Declines the token {@code tok_declined}, approves any other, and remembers every amount it was asked to charge. */
public final class FakePaymentGateway implements PaymentGatewayPort {

    private final List<Money> charged = new ArrayList<>();

    @Override
    public ChargeResult charge(OrderId orderId, Money amount, PaymentMethod method, String token) {
        charged.add(amount);
        return token.equals("tok_declined") ? new Declined("card declined") : new Approved("ch_" + charged.size());
    }

    public List<Money> charged() {
        return List.copyOf(charged);
    }
}
