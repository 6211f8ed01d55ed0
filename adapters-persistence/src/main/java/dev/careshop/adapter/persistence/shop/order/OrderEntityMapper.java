package dev.careshop.adapter.persistence.shop.order;

import dev.careshop.adapter.persistence.shared.PersistenceMapperConfig;
import dev.careshop.domain.shared.Money;
import dev.careshop.domain.shop.order.Order;
import dev.careshop.domain.shop.order.OrderId;
import dev.careshop.domain.shop.order.OrderDetails;
import dev.careshop.domain.shop.order.OrderLine;
import dev.careshop.domain.shop.order.OrderMetadata;
import dev.careshop.domain.shop.order.OrderTags;
import dev.careshop.domain.shop.order.Payment;
import dev.careshop.domain.shop.order.PaymentId;
import dev.careshop.domain.shop.order.ShippingAddress;
import dev.careshop.domain.shop.product.ProductId;
import dev.careshop.domain.shop.user.UserId;
import java.util.List;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper(config = PersistenceMapperConfig.class)
interface OrderEntityMapper {

    /** Copies the order's own fields onto a new or managed entity; lines and payments are stored by the adapter. */
    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "userId", source = "userId.value")
    @Mapping(target = "totalAmount", source = "totalAmount.amount")
    @Mapping(target = "shippingLine1", source = "shippingAddress.line1")
    @Mapping(target = "shippingLine2", source = "shippingAddress.line2")
    @Mapping(target = "shippingCity", source = "shippingAddress.city")
    @Mapping(target = "shippingPostalCode", source = "shippingAddress.postalCode")
    @Mapping(target = "shippingCountry", source = "shippingAddress.country")
    @Mapping(target = "tags", source = "tags.values")
    @Mapping(target = "metadata", source = "metadata.json")
    @Mapping(target = "version", ignore = true)
    void copy(Order order, @MappingTarget OrderJpaEntity entity);

    @Mapping(target = "id", expression = "java(dev.careshop.domain.shared.Ids.timeOrdered())")
    @Mapping(target = "orderId", source = "orderId")
    @Mapping(target = "lineNumber", source = "line.lineNumber")
    @Mapping(target = "productId", source = "line.productId.value")
    @Mapping(target = "productName", source = "line.productName")
    @Mapping(target = "unitPrice", source = "line.unitPrice.amount")
    @Mapping(target = "quantity", source = "line.quantity")
    @Mapping(target = "lineTotal", expression = "java(line.lineTotal().amount())")
    OrderLineJpaEntity toEntity(OrderLine line, UUID orderId);

    @Mapping(target = "id", source = "payment.id.value")
    @Mapping(target = "orderId", source = "orderId")
    @Mapping(target = "method", source = "payment.method")
    @Mapping(target = "amount", source = "payment.amount.amount")
    @Mapping(target = "status", source = "payment.status")
    @Mapping(target = "gatewayReference", source = "payment.reference")
    @Mapping(target = "failureReason", source = "payment.failureReason")
    @Mapping(target = "createdAt", source = "payment.createdAt")
    @Mapping(target = "updatedAt", source = "payment.updatedAt")
    PaymentJpaEntity toEntity(Payment payment, UUID orderId);

    default OrderLine toDomain(OrderLineJpaEntity entity) {
        return new OrderLine(entity.getLineNumber(), new ProductId(entity.getProductId()), entity.getProductName(),
                new Money(entity.getUnitPrice()), entity.getQuantity());
    }

    default Payment toDomain(PaymentJpaEntity entity) {
        return new Payment(new PaymentId(entity.getId()), entity.getMethod(), new Money(entity.getAmount()),
                entity.getStatus(), entity.getGatewayReference(), entity.getFailureReason(), entity.getCreatedAt(),
                entity.getUpdatedAt());
    }

    default Order toDomain(OrderJpaEntity entity, List<OrderLineJpaEntity> lines, List<PaymentJpaEntity> payments) {
        return Order.rehydrate(new OrderId(entity.getId()), new UserId(entity.getUserId()), entity.getStatus(),
                lines.stream().map(this::toDomain).toList(),
                new OrderDetails(new ShippingAddress(entity.getShippingLine1(), entity.getShippingLine2(),
                        entity.getShippingCity(), entity.getShippingPostalCode(), entity.getShippingCountry()),
                        entity.getNotes(), new OrderTags(entity.getTags()), new OrderMetadata(entity.getMetadata())),
                payments.stream().map(this::toDomain).toList(),
                entity.getCreatedAt(), entity.getUpdatedAt(), entity.getVersion());
    }
}
