package dev.careshop.adapter.persistence.shop.order;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Reads products for ordering and changes their stock. The stock statements are native SQL: one conditional update
 * each, which PostgreSQL re-checks against the latest row version after waiting for a concurrent writer, so stock never
 * goes below zero and never loses an update. Each bumps the product's version (its ETag changes) and {@code updated_at}.
 */
interface OrderableProductSpringDataRepository extends JpaRepository<OrderableProductJpaEntity, UUID> {

    @Query("select p from OrderableProduct p where p.id in :ids")
    List<OrderableProductJpaEntity> findByIds(@Param("ids") Collection<UUID> ids);

    /** Id and stock as scalars: read from the table even when the entities are already in the persistence context. */
    @Query("select p.id, p.stockQuantity from OrderableProduct p where p.id in :ids")
    List<Object[]> findStock(@Param("ids") Collection<UUID> ids);

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
