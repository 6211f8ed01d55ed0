package dev.careshop.application.shop.order.port.in;

public interface PayOrderUseCase {

    PaymentOutcome pay(PayOrderCommand command);
}
