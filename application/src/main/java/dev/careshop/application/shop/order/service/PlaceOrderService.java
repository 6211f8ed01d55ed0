package dev.careshop.application.shop.order.service;


import dev.careshop.application.event.port.out.AppendEventsPort;
import dev.careshop.application.identity.actor.port.out.CurrentActorPort;
import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.order.port.in.PlaceOrderCommand;
import dev.careshop.application.shop.order.port.in.PlaceOrderUseCase;
import dev.careshop.application.shop.order.port.out.InventoryPort;
import dev.careshop.application.shop.order.port.out.OrderCustomersPort;
import dev.careshop.application.shop.order.port.out.OrderCustomersPort.Customer;
import dev.careshop.application.shop.order.port.out.OrderableProductsPort;
import dev.careshop.application.shop.order.port.out.OrderableProductsPort.OrderableProduct;
import dev.careshop.domain.identity.Actor;
import dev.careshop.domain.shared.NotPermittedException;
import dev.careshop.domain.shared.event.DomainEvent;
import dev.careshop.domain.shop.order.Order;
import dev.careshop.domain.shop.order.OrderItems;
import dev.careshop.domain.shop.order.OrderItems.Item;
import dev.careshop.domain.shop.order.OrderRejectedException;
import dev.careshop.domain.shop.order.OrderRejectedException.Rejection;
import dev.careshop.domain.shop.order.OrderRepository;
import dev.careshop.domain.shop.order.ProductSnapshot;
import dev.careshop.domain.shop.product.ProductId;
import dev.careshop.domain.shop.product.StockDepleted;
import dev.careshop.domain.shop.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Places an order in one transaction: the user must exist and be active; all products are read (and locked, so what
 * was read stays true until the order is stored) in one query, and each line's product must exist and be active;
 * then each line takes its quantity off the stock with one conditional update, in product-id order. Every failure is
 * collected before the use case gives up, so the client learns about all of them at once, listed in the request's
 * order; the exception rolls back every stock change already made. Before any of that, the acting user must be the
 * one the order is for, or an administrator (403 otherwise).
 */
@UseCase
public class PlaceOrderService implements PlaceOrderUseCase {

    private final OrderRepository orders;
    private final OrderCustomersPort customers;
    private final OrderableProductsPort products;
    private final InventoryPort inventory;
    private final CurrentActorPort currentActor;
    private final Clock clock;
    private final AppendEventsPort events;

    public PlaceOrderService(OrderRepository orders, OrderCustomersPort customers, OrderableProductsPort products,
                             InventoryPort inventory, CurrentActorPort currentActor, Clock clock,
                             AppendEventsPort events) {
        this.currentActor = currentActor;
        this.orders = orders;
        this.customers = customers;
        this.products = products;
        this.inventory = inventory;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public Order place(PlaceOrderCommand command) {
        requireMayOrderFor(currentActor.current(), command.userId());
        OrderItems items = OrderItems.merge(command.items());
        Optional<Rejection> customerRejection = checkCustomer(command.userId());
        Map<ProductId, OrderableProduct> found = products.loadAndLock(items.productIds());

        Map<Item, Rejection> lineRejections = new HashMap<>();
        for (Item item : items.inRequestOrder()) {
            checkOnSale(item, found.get(item.productId())).ifPresent(rejection -> lineRejections.put(item, rejection));
        }
        Instant now = clock.instant();
        for (Item item : items.inProductIdOrder()) {
            if (!lineRejections.containsKey(item) && !inventory.take(item.productId(), item.quantity(), now)) {
                // The product is locked since it was read, so the stock read then is what the refused update saw.
                lineRejections.put(item, Rejection.insufficientStock(item, found.get(item.productId()).stockQuantity()));
            }
        }

        List<Rejection> rejections = new ArrayList<>();
        customerRejection.ifPresent(rejections::add);
        items.inRequestOrder().stream().map(lineRejections::get).filter(Objects::nonNull).forEach(rejections::add);
        if (!rejections.isEmpty()) {
            throw new OrderRejectedException(rejections);
        }
        Map<ProductId, ProductSnapshot> snapshots = found.values().stream()
                .collect(Collectors.toMap(OrderableProduct::id, OrderableProduct::snapshot));
        Order order = Order.place(command.userId(), items, snapshots, command.details(), clock);
        Order stored = orders.add(order);
        List<DomainEvent> raised = new ArrayList<>(order.takeEvents());
        raised.addAll(depletedBy(items, found, now));
        events.append(raised);
        return stored;
    }

    /** The products were locked when read, so a line that took all of the stock read then has emptied it. */
    private static List<StockDepleted> depletedBy(OrderItems items, Map<ProductId, OrderableProduct> found, Instant at) {
        return items.inProductIdOrder().stream()
                .filter(item -> found.get(item.productId()).stockQuantity() == item.quantity())
                .map(item -> StockDepleted.of(item.productId(), at))
                .toList();
    }

    /**
     * Everybody orders for themselves; only an administrator may place an order in another user's name. Decided on
     * the ids alone, before anything is read or locked, and whether or not that user exists: the answer reveals nothing.
     */
    private static void requireMayOrderFor(Actor actor, UserId userId) {
        if (!actor.is(userId) && !actor.isAdmin()) {
            throw new NotPermittedException("an order can only be placed for yourself: userId must be your own user id");
        }
    }

    private Optional<Rejection> checkCustomer(UserId userId) {
        Optional<Customer> customer = customers.findAndLock(userId);
        if (customer.isEmpty()) {
            return Optional.of(Rejection.unknownUser(userId));
        }
        if (!customer.get().active()) {
            return Optional.of(Rejection.inactiveUser(userId));
        }
        return Optional.empty();
    }

    private static Optional<Rejection> checkOnSale(Item item, OrderableProduct product) {
        if (product == null) {
            return Optional.of(Rejection.unknownProduct(item));
        }
        if (!product.active()) {
            return Optional.of(Rejection.productNoLongerSold(item));
        }
        return Optional.empty();
    }
}
