package dev.careshop.application.shop.order.fakes;

import dev.careshop.application.shop.order.port.out.InventoryPort;
import dev.careshop.application.shop.order.port.out.OrderCustomersPort;
import dev.careshop.application.shop.order.port.out.OrderableProductsPort;
import dev.careshop.domain.shared.Money;
import dev.careshop.domain.shop.product.ProductId;
import dev.careshop.domain.shop.user.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Users and products as ordering sees them, in memory. Stock changes behave like the real conditional updates (a
 * take that would go below zero changes nothing) and are logged, so tests can check the order they came in.
 * Unlike the database, nothing here rolls back: tests check what the service asked for.
 */
public final class InMemoryShop implements OrderCustomersPort, OrderableProductsPort, InventoryPort {

    private final Map<UserId, Customer> users = new HashMap<>();
    private final Map<ProductId, OrderableProduct> products = new HashMap<>();
    private final List<ProductId> stockChanges = new ArrayList<>();
    private int productLoads;

    public UserId user(boolean active) {
        UserId id = new UserId(UUID.randomUUID());
        users.put(id, new Customer(id, active));
        return id;
    }

    public ProductId product(String name, String price, int stock, boolean active) {
        ProductId id = new ProductId(UUID.randomUUID());
        products.put(id, new OrderableProduct(id, name, new Money(new BigDecimal(price)), active, stock));
        return id;
    }

    public int stock(ProductId id) {
        return products.get(id).stockQuantity();
    }

    /** The products whose stock was changed (taken or put back), in the order of the changes. */
    public List<ProductId> stockChanges() {
        return List.copyOf(stockChanges);
    }

    public int productLoads() {
        return productLoads;
    }

    @Override
    public Optional<Customer> find(UserId id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public Optional<Customer> findAndLock(UserId id) {
        return find(id);
    }

    @Override
    public Map<ProductId, OrderableProduct> loadAndLock(Set<ProductId> ids) {
        productLoads++;
        Map<ProductId, OrderableProduct> found = new HashMap<>();
        ids.stream().filter(products::containsKey).forEach(id -> found.put(id, products.get(id)));
        return found;
    }

    @Override
    public boolean take(ProductId productId, int quantity, Instant at) {
        stockChanges.add(productId);
        OrderableProduct product = products.get(productId);
        if (product == null || product.stockQuantity() < quantity) {
            return false;
        }
        setStock(product, product.stockQuantity() - quantity);
        return true;
    }

    @Override
    public void putBack(ProductId productId, int quantity, Instant at) {
        stockChanges.add(productId);
        OrderableProduct product = products.get(productId);
        setStock(product, product.stockQuantity() + quantity);
    }

    private void setStock(OrderableProduct product, int stock) {
        products.put(product.id(), new OrderableProduct(product.id(), product.name(), product.price(), product.active(), stock));
    }
}
