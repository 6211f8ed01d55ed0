package dev.careshop.domain.shop.order;

import dev.careshop.domain.shared.Money;
import dev.careshop.domain.shop.product.ProductId;
import dev.careshop.domain.shop.user.UserId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Products, prices and orders for the order tests. */
final class OrderFixtures {

    static final Instant NOW = Instant.parse("2026-03-15T09:30:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final Clock LATER = Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC);
    static final UserId USER = new UserId(UUID.randomUUID());
    static final ShippingAddress ADDRESS = new ShippingAddress("1 Main Street", null, "Berlin", "10115", "DE");
    static final ProductSnapshot ASPIRIN = product("Aspirin", "4.99");
    static final ProductSnapshot BANDAGE = product("Bandage", "0.10");
    static final ProductSnapshot CREAM = product("Cream", "12.35");

    private OrderFixtures() {
    }

    static ProductSnapshot product(String name, String price) {
        return new ProductSnapshot(new ProductId(UUID.randomUUID()), name, new Money(new BigDecimal(price)));
    }

    static Map<ProductId, ProductSnapshot> catalog(ProductSnapshot... products) {
        return Arrays.stream(products).collect(Collectors.toMap(ProductSnapshot::id, Function.identity()));
    }

    static RequestedItem item(ProductSnapshot product, int quantity) {
        return new RequestedItem(product.id(), quantity);
    }

    static Order place(RequestedItem... items) {
        return Order.place(USER, OrderItems.merge(Arrays.asList(items)), catalog(ASPIRIN, BANDAGE, CREAM),
                new OrderDetails(ADDRESS, "Leave at the door", new OrderTags(java.util.List.of("gift")),
                        new OrderMetadata("{\"channel\":\"web\"}")), CLOCK);
    }

    static Order pending() {
        return place(item(ASPIRIN, 2), item(BANDAGE, 3));
    }

    static Order paid() {
        Order order = pending();
        order.recordApprovedPayment(PaymentMethod.CARD, "ch_1", CLOCK);
        return order;
    }

    static Money money(String amount) {
        return new Money(new BigDecimal(amount));
    }
}
