package dev.careshop.application.shop.order.service;

import dev.careshop.application.event.port.out.AppendEventsPort;
import dev.careshop.application.identity.actor.port.out.CurrentActorPort;
import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.order.port.in.PayOrderCommand;
import dev.careshop.application.shop.order.port.in.PayOrderUseCase;
import dev.careshop.application.shop.order.port.in.PaymentOutcome;
import dev.careshop.application.shop.order.port.out.PaymentGatewayPort;
import dev.careshop.application.shop.order.port.out.PaymentGatewayPort.Approved;
import dev.careshop.application.shop.order.port.out.PaymentGatewayPort.ChargeResult;
import dev.careshop.application.shop.order.port.out.PaymentGatewayPort.Declined;
import dev.careshop.domain.shop.order.Order;
import dev.careshop.domain.shop.order.OrderRepository;
import dev.careshop.domain.shop.order.Payment;
import java.time.Clock;

/**
 * Pays an order. The order's row is locked before the gateway is asked, so two concurrent payments of one order run
 * one after the other and the second finds the order already paid (the database's one-successful-payment index is the
 * last line). A decline is returned as an outcome, never thrown, so the {@code FAILED} attempt is committed.
 * Only the order's customer and administrators may pay it; staff get 403, other customers 404.
 */
@UseCase
public class PayOrderService implements PayOrderUseCase {

    private final OrderRepository orders;
    private final PaymentGatewayPort gateway;
    private final CurrentActorPort currentActor;
    private final Clock clock;
    private final AppendEventsPort events;

    public PayOrderService(OrderRepository orders, PaymentGatewayPort gateway, CurrentActorPort currentActor, Clock clock,
                           AppendEventsPort events) {
        this.orders = orders;
        this.currentActor = currentActor;
        this.gateway = gateway;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public PaymentOutcome pay(PayOrderCommand command) {
        Order order = OrderLoader.loadForUpdateToChange(orders, command.orderId(), currentActor.current(), "pay");
        order.checkPayable(command.amount());
        ChargeResult result = gateway.charge(order.getId(), order.getTotalAmount(), command.method(), command.token());
        Payment payment = result instanceof Approved approved
                ? order.recordApprovedPayment(command.method(), approved.reference(), clock)
                : order.recordDeclinedPayment(command.method(), ((Declined) result).reason(), clock);
        Order stored = orders.save(order);
        events.append(order.takeEvents());
        return new PaymentOutcome(stored, payment);
    }
}
