package dev.careshop.application.shop.order.fakes;

import dev.careshop.application.fakes.Pages;
import dev.careshop.application.fakes.Table;
import dev.careshop.domain.shared.MissingReferenceException;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shop.order.Order;
import dev.careshop.domain.shop.order.OrderId;
import dev.careshop.domain.shop.order.OrderRepository;
import dev.careshop.domain.shop.order.OrderSearch;
import dev.careshop.domain.shop.product.ProductId;
import dev.careshop.domain.shop.user.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Orders in memory, stored like a JPA entity with {@code @Version}: new at version 0, a save that changes the order
 * one higher, a save that changes nothing the same. Orders go in and come out as copies. Lists are newest first
 * unless told otherwise, the id breaking ties, as the real adapter's. Built with the predicates, it refuses an order
 * whose user or a line's product does not exist, as the foreign keys do.
 */
public final class InMemoryOrderRepository implements OrderRepository {

    private static final Comparator<Order> BY_ID = Comparator.comparing(o -> o.getId().value());
    private static final Map<String, Comparator<Order>> SORTABLE = Map.of(
            "createdAt", Comparator.comparing(Order::getCreatedAt),
            "updatedAt", Comparator.comparing(Order::getUpdatedAt),
            "status", Comparator.comparing(Order::getStatus),
            "totalAmount", Comparator.comparing(Order::getTotalAmount));

    private final Table<OrderId, Order> table = new Table<>(
            Order::getId,
            Order::getVersion,
            o -> List.of(o.getStatus(), o.getPayments(), o.getUpdatedAt()),
            Order::storedAs);
    private final Predicate<UserId> userExists;
    private final Predicate<ProductId> productExists;
    private int lockedReads;

    /** Orders of users and products that the test keeps elsewhere (in {@link InMemoryShop}): nothing is checked. */
    public InMemoryOrderRepository() {
        this(userId -> true, productId -> true);
    }

    public InMemoryOrderRepository(Predicate<UserId> userExists, Predicate<ProductId> productExists) {
        this.userExists = userExists;
        this.productExists = productExists;
    }

    @Override
    public Optional<Order> findById(OrderId id) {
        return table.find(id);
    }

    @Override
    public Optional<Order> findByIdForUpdate(OrderId id) {
        lockedReads++;
        return findById(id);
    }

    @Override
    public Order add(Order order) {
        if (table.contains(order.getId())) {
            throw new IllegalStateException("order " + order.getId() + " is already stored");
        }
        return save(order);
    }

    @Override
    public Order save(Order order) {
        if (!userExists.test(order.getUserId())) {
            throw new MissingReferenceException("userId", "user", order.getUserId());
        }
        if (!order.getLines().stream().allMatch(line -> productExists.test(line.productId()))) {
            throw new MissingReferenceException("items", "product", "of a line");
        }
        return table.save(order);
    }

    @Override
    public Page<Order> search(OrderSearch search, PageRequest pageRequest) {
        return Pages.page(table.all()
                        .filter(order -> search.userId() == null || order.getUserId().equals(search.userId()))
                        .filter(order -> search.status() == null || order.getStatus() == search.status()),
                pageRequest, SORTABLE, SORTABLE.get("createdAt").reversed(), BY_ID);
    }

    /** Whether any order refers to the user (the foreign key that keeps a user with orders). */
    public boolean hasOrdersOf(UserId userId) {
        return table.all().anyMatch(order -> order.getUserId().equals(userId));
    }

    public int size() {
        return table.size();
    }

    /** How often an order was read with its row locked (payments must lock). */
    public int lockedReads() {
        return lockedReads;
    }
}
