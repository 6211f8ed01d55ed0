package dev.careshop.bootstrap.config;

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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shop's order use cases, each exposed as its in-port; transactions come from {@link UseCaseTransactionConfiguration}. */
@Configuration(proxyBeanMethods = false)
class ShopOrderUseCaseConfiguration {

    @Bean
    PlaceOrderUseCase placeOrderUseCase(OrderRepository orders, OrderCustomers customers, OrderableProducts products,
                                        InventoryPort inventory, Clock clock) {
        return new PlaceOrderService(orders, customers, products, inventory, clock);
    }

    @Bean
    GetOrderUseCase getOrderUseCase(OrderRepository orders) {
        return new GetOrderService(orders);
    }

    @Bean
    ListOrdersUseCase listOrdersUseCase(OrderRepository orders) {
        return new ListOrdersService(orders);
    }

    @Bean
    ListUserOrdersUseCase listUserOrdersUseCase(OrderRepository orders, OrderCustomers customers) {
        return new ListUserOrdersService(orders, customers);
    }

    @Bean
    PayOrderUseCase payOrderUseCase(OrderRepository orders, PaymentGatewayPort gateway, Clock clock) {
        return new PayOrderService(orders, gateway, clock);
    }

    @Bean
    ShipOrderUseCase shipOrderUseCase(OrderRepository orders, Clock clock) {
        return new ShipOrderService(orders, clock);
    }

    @Bean
    DeliverOrderUseCase deliverOrderUseCase(OrderRepository orders, Clock clock) {
        return new DeliverOrderService(orders, clock);
    }

    @Bean
    CancelOrderUseCase cancelOrderUseCase(OrderRepository orders, InventoryPort inventory, Clock clock) {
        return new CancelOrderService(orders, inventory, clock);
    }
}
