package dev.careshop.application.shop.order.fakes;

import dev.careshop.application.fakes.InMemoryRepository;
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
public final class InMemoryOrderRepository extends InMemoryRepository<OrderId, Order> implements OrderRepository {

    private static final Map<String, Comparator<Order>> SORTABLE = Map.of(
            "createdAt", Comparator.comparing(Order::getCreatedAt),
            "updatedAt", Comparator.comparing(Order::getUpdatedAt),
            "status", Comparator.comparing(Order::getStatus),
            "totalAmount", Comparator.comparing(Order::getTotalAmount));

    private final Predicate<UserId> userExists;
    private final Predicate<ProductId> productExists;
    private int lockedReads;

    /** Orders of users and products that the test keeps elsewhere (in {@link InMemoryShop}): nothing is checked. */
    public InMemoryOrderRepository() {
        this(userId -> true, productId -> true);
    }

    public InMemoryOrderRepository(Predicate<UserId> userExists, Predicate<ProductId> productExists) {
        super(new Table<>(Order::getId, Order::getVersion, o -> List.of(o.getStatus(), o.getPayments(), o.getUpdatedAt()), Order::storedAs),
                Comparator.comparing(o -> o.getId().value()));
        this.userExists = userExists;
        this.productExists = productExists;
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
        return super.save(order);
    }

    @Override
    public Page<Order> search(OrderSearch search, PageRequest pageRequest) {
        return page(table.all()
                        .filter(order -> search.userId() == null || order.getUserId().equals(search.userId()))
                        .filter(order -> search.status() == null || order.getStatus() == search.status()),
                pageRequest, SORTABLE, SORTABLE.get("createdAt").reversed());
    }

    /** Whether any order refers to the user (the foreign key that keeps a user with orders). */
    public boolean hasOrdersOf(UserId userId) {
        return table.all().anyMatch(order -> order.getUserId().equals(userId));
    }

    /** How often an order was read with its row locked (payments must lock). */
    public int lockedReads() {
        return lockedReads;
    }
}
