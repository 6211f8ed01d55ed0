package dev.careshop.adapter.persistence.shop.order;

import dev.careshop.application.shop.order.port.out.InventoryPort;
import dev.careshop.application.shop.order.port.out.OrderCustomersPort;
import dev.careshop.application.shop.order.port.out.OrderableProductsPort;
import dev.careshop.domain.shared.Money;
import dev.careshop.domain.shop.product.ProductId;
import dev.careshop.domain.shop.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What ordering reads and changes outside its own tables, straight against the V2 {@code users} and {@code products}
 * tables: whether a user may order, the products an order names (one query for all), and their stock.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class OrderCatalogPersistenceAdapter implements OrderCustomersPort, OrderableProductsPort, InventoryPort {

    private final OrderCustomerSpringDataRepository customers;
    private final OrderableProductSpringDataRepository products;

    OrderCatalogPersistenceAdapter(OrderCustomerSpringDataRepository customers, OrderableProductSpringDataRepository products) {
        this.customers = customers;
        this.products = products;
    }

    @Override
    public Optional<Customer> find(UserId id) {
        return customers.findById(id.value()).map(entity -> new Customer(id, entity.isActive()));
    }

    @Override
    public Optional<Customer> findAndLock(UserId id) {
        return customers.findAndLock(id.value()).map(entity -> new Customer(id, entity.isActive()));
    }

    @Override
    public Map<ProductId, OrderableProduct> loadAndLock(Set<ProductId> ids) {
        return products.lockByIds(ids.stream().map(ProductId::value).toList()).stream()
                .map(entity -> new OrderableProduct(new ProductId(entity.getId()), entity.getName(),
                        new Money(entity.getPrice()), entity.isActive(), entity.getStockQuantity()))
                .collect(Collectors.toMap(OrderableProduct::id, product -> product));
    }

    @Override
    public boolean take(ProductId productId, int quantity, Instant at) {
        return products.take(productId.value(), quantity, at) == 1;
    }

    @Override
    public void putBack(ProductId productId, int quantity, Instant at) {
        products.putBack(productId.value(), quantity, at);
    }
}
