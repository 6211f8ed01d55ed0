package dev.careshop.bootstrap.config;

import dev.careshop.application.event.port.out.AppendEventsPort;
import dev.careshop.application.shop.order.port.in.CancelOrderUseCase;
import dev.careshop.application.shop.order.port.in.DeliverOrderUseCase;
import dev.careshop.application.shop.order.port.in.GetOrderUseCase;
import dev.careshop.application.shop.order.port.in.ListOrdersUseCase;
import dev.careshop.application.shop.order.port.in.ListUserOrdersUseCase;
import dev.careshop.application.shop.order.port.in.PayOrderUseCase;
import dev.careshop.application.shop.order.port.in.PlaceOrderUseCase;
import dev.careshop.application.shop.order.port.in.ShipOrderUseCase;
import dev.careshop.application.shop.order.port.out.InventoryPort;
import dev.careshop.application.shop.order.port.out.OrderCustomers;
import dev.careshop.application.shop.order.port.out.OrderableProducts;
import dev.careshop.application.shop.order.port.out.PaymentGatewayPort;
import dev.careshop.application.shop.order.service.CancelOrderService;
import dev.careshop.application.shop.order.service.DeliverOrderService;
import dev.careshop.application.shop.order.service.GetOrderService;
import dev.careshop.application.shop.order.service.ListOrdersService;
import dev.careshop.application.shop.order.service.ListUserOrdersService;
import dev.careshop.application.shop.order.service.PayOrderService;
import dev.careshop.application.shop.order.service.PlaceOrderService;
import dev.careshop.application.shop.order.service.ShipOrderService;
import dev.careshop.domain.shop.order.OrderRepository;
import java.time.Clock;
import dev.careshop.application.identity.actor.port.out.CurrentActorPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shop's order use cases, each exposed as its in-port; transactions come from {@link UseCaseTransactionConfiguration}. */
@Configuration(proxyBeanMethods = false)
class ShopOrderUseCaseConfiguration {

    @Bean
    PlaceOrderUseCase placeOrderUseCase(OrderRepository orders, OrderCustomers customers, OrderableProducts products,
                                        InventoryPort inventory, CurrentActorPort currentActor, Clock clock,
                                        AppendEventsPort events) {
        return new PlaceOrderService(orders, customers, products, inventory, currentActor, clock, events);
    }

    @Bean
    GetOrderUseCase getOrderUseCase(OrderRepository orders, CurrentActorPort currentActor) {
        return new GetOrderService(orders, currentActor);
    }

    @Bean
    ListOrdersUseCase listOrdersUseCase(OrderRepository orders) {
        return new ListOrdersService(orders);
    }

    @Bean
    ListUserOrdersUseCase listUserOrdersUseCase(OrderRepository orders, OrderCustomers customers, CurrentActorPort currentActor) {
        return new ListUserOrdersService(orders, customers, currentActor);
    }

    @Bean
    PayOrderUseCase payOrderUseCase(OrderRepository orders, PaymentGatewayPort gateway, CurrentActorPort currentActor,
                                    Clock clock, AppendEventsPort events) {
        return new PayOrderService(orders, gateway, currentActor, clock, events);
    }

    @Bean
    ShipOrderUseCase shipOrderUseCase(OrderRepository orders, Clock clock, AppendEventsPort events) {
        return new ShipOrderService(orders, clock, events);
    }

    @Bean
    DeliverOrderUseCase deliverOrderUseCase(OrderRepository orders, Clock clock, AppendEventsPort events) {
        return new DeliverOrderService(orders, clock, events);
    }

    @Bean
    CancelOrderUseCase cancelOrderUseCase(OrderRepository orders, InventoryPort inventory, CurrentActorPort currentActor,
                                          Clock clock, AppendEventsPort events) {
        return new CancelOrderService(orders, inventory, currentActor, clock, events);
    }
}
