package dev.careshop.adapter.web.shop.order;

import dev.careshop.adapter.web.shared.WebMapperConfig;
import dev.careshop.application.shop.order.port.in.PayOrderCommand;
import dev.careshop.application.shop.order.port.in.PlaceOrderCommand;
import dev.careshop.domain.shared.Money;
import dev.careshop.domain.shop.order.Order;
import dev.careshop.domain.shop.order.OrderId;
import dev.careshop.domain.shop.order.OrderLine;
import dev.careshop.domain.shop.order.OrderMetadata;
import dev.careshop.domain.shop.order.OrderTags;
import dev.careshop.domain.shop.order.Payment;
import dev.careshop.domain.shop.order.RequestedItem;
import dev.careshop.domain.shop.order.ShippingAddress;
import dev.careshop.domain.shop.product.ProductId;
import dev.careshop.domain.shop.user.UserId;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = WebMapperConfig.class, uses = OrderMetadataJson.class)
interface OrderWebMapper {

    default PlaceOrderCommand toCommand(PlaceOrderRequest request, OrderMetadata metadata) {
        ShippingAddressRequest address = request.shippingAddress();
        return new PlaceOrderCommand(new UserId(request.userId()),
                request.items().stream().map(item -> new RequestedItem(new ProductId(item.productId()), item.quantity())).toList(),
                new ShippingAddress(address.line1(), address.line2(), address.city(), address.postalCode(), address.country()),
                request.notes(), new OrderTags(request.tags()), metadata);
    }

    default PayOrderCommand toCommand(UUID orderId, PayOrderRequest request) {
        return new PayOrderCommand(new OrderId(orderId), request.method(), request.token(),
                request.amount() == null ? null : Money.of("amount", request.amount()));
    }

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "userId", source = "userId.value")
    @Mapping(target = "items", source = "lines")
    @Mapping(target = "totalAmount", source = "totalAmount.amount")
    @Mapping(target = "tags", source = "tags.values")
    @Mapping(target = "payment", expression = "java(toResponse(order.currentPayment().orElse(null)))")
    OrderResponse toResponse(Order order);

    @Mapping(target = "productId", source = "productId.value")
    @Mapping(target = "unitPrice", source = "unitPrice.amount")
    @Mapping(target = "lineTotal", expression = "java(line.lineTotal().amount())")
    OrderLineResponse toResponse(OrderLine line);

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "amount", source = "amount.amount")
    PaymentResponse toResponse(Payment payment);

    ShippingAddressResponse toResponse(ShippingAddress address);
}
