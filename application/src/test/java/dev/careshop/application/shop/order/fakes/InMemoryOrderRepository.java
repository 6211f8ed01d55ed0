package dev.careshop.application.shop.order.fakes;

import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shop.order.Order;
import dev.careshop.domain.shop.order.OrderId;
import dev.careshop.domain.shop.order.OrderRepository;
import dev.careshop.domain.shop.order.OrderSearch;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Orders in memory, stored like a JPA entity with {@code @Version}: new at version 0, each save of a change one
 * higher. Orders go in and come out as copies. Lists are newest first, as the real adapter's default.
 */
public final class InMemoryOrderRepository implements OrderRepository {

    private final Map<OrderId, Order> rows = new LinkedHashMap<>();
    private int lockedReads;

    @Override
    public Optional<Order> findById(OrderId id) {
        return Optional.ofNullable(rows.get(id)).map(order -> order.storedAs(order.getVersion()));
    }

    @Override
    public Optional<Order> findByIdForUpdate(OrderId id) {
        lockedReads++;
        return findById(id);
    }

    @Override
    public Order add(Order order) {
        if (rows.containsKey(order.getId())) {
            throw new IllegalStateException("order " + order.getId() + " is already stored");
        }
        return save(order);
    }

    @Override
    public Order save(Order order) {
        Order stored = rows.get(order.getId());
        Order row = order.storedAs(stored == null ? 0 : stored.getVersion() + 1);
        rows.put(row.getId(), row);
        return row.storedAs(row.getVersion());
    }

    @Override
    public Page<Order> search(OrderSearch search, PageRequest pageRequest) {
        List<Order> matching = rows.values().stream()
                .filter(order -> search.userId() == null || order.getUserId().equals(search.userId()))
                .filter(order -> search.status() == null || order.getStatus() == search.status())
                .sorted(Comparator.comparing(Order::getCreatedAt).reversed())
                .toList();
        List<Order> content = matching.stream().skip(pageRequest.offset()).limit(pageRequest.size()).toList();
        return new Page<>(content, pageRequest.page(), pageRequest.size(), matching.size());
    }

    public int size() {
        return rows.size();
    }

    /** How often an order was read with its row locked (payments must lock). */
    public int lockedReads() {
        return lockedReads;
    }

}
