package dev.careshop.application.shop.order.service;

import static dev.careshop.domain.shop.order.OrderRejectedException.Reason.INSUFFICIENT_STOCK;
import static dev.careshop.domain.shop.order.OrderRejectedException.Reason.UNAVAILABLE;

import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.order.port.in.PlaceOrderCommand;
import dev.careshop.application.shop.order.port.in.PlaceOrderUseCase;
import dev.careshop.application.shop.order.port.out.InventoryPort;
import dev.careshop.application.shop.order.port.out.OrderCustomers;
import dev.careshop.application.shop.order.port.out.OrderableProducts;
import dev.careshop.application.shop.order.port.out.OrderableProducts.OrderableProduct;
import dev.careshop.domain.shop.order.Order;
import dev.careshop.domain.shop.order.OrderItems;
import dev.careshop.domain.shop.order.OrderRejectedException;
import dev.careshop.domain.shop.order.OrderRejectedException.Rejection;
import dev.careshop.domain.shop.order.OrderRepository;
import dev.careshop.domain.shop.order.ProductSnapshot;
import dev.careshop.domain.shop.product.ProductId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places an order in one transaction: the user must exist and be active; all products are read in one query and
 * each line's product must exist and be active; then each line takes its quantity off the stock with one
 * conditional update, in product-id order (so concurrent orders cannot deadlock). Every failure is collected before
 * the use case gives up, so the client learns about all of them at once; the exception rolls back every stock
 * change already made.
 */
@UseCase
public class PlaceOrderService implements PlaceOrderUseCase {

    private final OrderRepository orders;
    private final OrderCustomers customers;
    private final OrderableProducts products;
    private final InventoryPort inventory;
    private final Clock clock;

    public PlaceOrderService(OrderRepository orders, OrderCustomers customers, OrderableProducts products,
                             InventoryPort inventory, Clock clock) {
        this.orders = orders;
        this.customers = customers;
        this.products = products;
        this.inventory = inventory;
        this.clock = clock;
    }

    @Override
    public Order place(PlaceOrderCommand command) {
        OrderItems items = OrderItems.merge(command.items());
        List<Rejection> rejections = new ArrayList<>();
        checkCustomer(command, rejections);

        Map<ProductId, OrderableProduct> found = products.load(items.productIds());
        Map<ProductId, ProductSnapshot> snapshots = new HashMap<>();
        List<Rejection> lineRejections = new ArrayList<>();
        for (OrderItems.Item item : items.inRequestOrder()) {
            OrderableProduct product = found.get(item.productId());
            if (product == null) {
                lineRejections.add(unavailable(item, "product " + item.productId() + " does not exist"));
            } else if (!product.active()) {
                lineRejections.add(unavailable(item, "product " + item.productId() + " is no longer sold"));
            } else {
                snapshots.put(item.productId(), product.snapshot());
            }
        }

        Instant now = clock.instant();
        List<OrderItems.Item> shortOfStock = new ArrayList<>();
        for (OrderItems.Item item : items.inProductIdOrder()) {
            if (snapshots.containsKey(item.productId()) && !inventory.take(item.productId(), item.quantity(), now)) {
                shortOfStock.add(item);
            }
        }
        if (!shortOfStock.isEmpty()) {
            Map<ProductId, Integer> stock = inventory.stockOf(shortOfStock.stream().map(OrderItems.Item::productId).toList());
            for (OrderItems.Item item : shortOfStock) {
                int available = stock.getOrDefault(item.productId(), 0);
                lineRejections.add(new Rejection(INSUFFICIENT_STOCK, field(item, "quantity"),
                        "product " + item.productId() + " has " + available + " in stock, " + item.quantity() + " requested",
                        item.productId().value(), item.quantity(), available));
            }
        }
        lineRejections.sort(Comparator.comparing(Rejection::field, Comparator.comparingInt(PlaceOrderService::index)));
        rejections.addAll(lineRejections);
        if (!rejections.isEmpty()) {
            throw new OrderRejectedException(rejections);
        }
        Order order = Order.place(command.userId(), items, snapshots, command.shippingAddress(), command.notes(),
                command.tags(), command.metadata(), clock);
        return orders.add(order);
    }

    private void checkCustomer(PlaceOrderCommand command, List<Rejection> rejections) {
        Optional<OrderCustomers.Customer> customer = customers.find(command.userId());
        if (customer.isEmpty()) {
            rejections.add(new Rejection(UNAVAILABLE, "userId", "user " + command.userId() + " does not exist", null, null, null));
        } else if (!customer.get().active()) {
            rejections.add(new Rejection(UNAVAILABLE, "userId", "user " + command.userId() + " is inactive and cannot order", null, null, null));
        }
    }

    private static Rejection unavailable(OrderItems.Item item, String message) {
        return new Rejection(UNAVAILABLE, field(item, "productId"), message, item.productId().value(), item.quantity(), null);
    }

    private static String field(OrderItems.Item item, String property) {
        return "items[" + item.index() + "]." + property;
    }

    /** The item index in {@code items[i].x}, so rejections are listed in the request's order. */
    private static int index(String field) {
        return Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
    }
}
