package dev.careshop.application.shop.order.port.out;

import dev.careshop.domain.shared.Money;
import dev.careshop.domain.shop.order.ProductSnapshot;
import dev.careshop.domain.shop.product.ProductId;
import java.util.Map;
import java.util.Set;

/** The products an order names, as ordering sees them. */
public interface OrderableProductsPort {

    /** A product's name, price, whether it is on sale, and its stock when it was read. */
    record OrderableProduct(ProductId id, String name, Money price, boolean active, int stockQuantity) {

        public ProductSnapshot snapshot() {
            return new ProductSnapshot(id, name, price);
        }
    }

    /**
     * Every one of {@code ids} that exists, in one query; missing ids are simply absent from the answer. The products
     * stay locked until the transaction ends, so what was read (on sale, name, price) is still true when the order is
     * stored; they are locked in {@link dev.careshop.domain.shop.order.OrderItems#PRODUCT_ID_ORDER}.
     */
    Map<ProductId, OrderableProduct> loadAndLock(Set<ProductId> ids);
}
