package dev.careshop.adapter.persistence.shop.order;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Reads products for ordering and changes their stock. The stock statements are native SQL: one conditional update
 * each, which PostgreSQL re-checks against the latest row version after waiting for a concurrent writer, so stock never
 * goes below zero and never loses an update. Each bumps the product's version (its ETag changes) and {@code updated_at}.
 */
interface OrderableProductSpringDataRepository extends JpaRepository<OrderableProductJpaEntity, UUID> {

    /**
     * {@code SELECT ... ORDER BY id FOR NO KEY UPDATE}: the rows stay locked until the transaction ends, so a concurrent
     * deactivation or price change waits for the order, or the order reads its result. PostgreSQL locks the rows in
     * the sorted order, so two orders over the same products cannot deadlock.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from OrderableProduct p where p.id in :ids order by p.id")
    List<OrderableProductJpaEntity> lockByIds(@Param("ids") Collection<UUID> ids);

    @Modifying
    @Query(value = """
            UPDATE products SET stock_quantity = stock_quantity - :quantity, version = version + 1, updated_at = :at
            WHERE id = :id AND stock_quantity >= :quantity""", nativeQuery = true)
    int take(@Param("id") UUID id, @Param("quantity") int quantity, @Param("at") Instant at);

    @Modifying
    @Query(value = """
            UPDATE products SET stock_quantity = stock_quantity + :quantity, version = version + 1, updated_at = :at
            WHERE id = :id""", nativeQuery = true)
    int putBack(@Param("id") UUID id, @Param("quantity") int quantity, @Param("at") Instant at);
}
