package dev.careshop.adapter.persistence.shop.product;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProductSpringDataRepository extends JpaRepository<ProductJpaEntity, UUID>, JpaSpecificationExecutor<ProductJpaEntity> {

    /**
     * The stock adjustment: one conditional statement, so concurrent adjustments (and orders) serialise on the row
     * and the stock never leaves 0..2³¹−1. The bound is computed in bigint, so PostgreSQL never evaluates an
     * integer overflow; the SET is only evaluated for a row that passed the WHERE. Answers the rows changed (0 or 1).
     * The persistence context is cleared, so a read afterwards sees the new stock and version.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(nativeQuery = true, value = """
            UPDATE products
               SET stock_quantity = stock_quantity + :delta, version = version + 1, updated_at = :now
             WHERE id = :id AND CAST(stock_quantity AS bigint) + :delta BETWEEN 0 AND 2147483647""")
    int adjustStock(@Param("id") UUID id, @Param("delta") int delta, @Param("now") Instant now);

    /** The stock, with the row locked (FOR UPDATE) until the transaction ends. */
    @Query(nativeQuery = true, value = "SELECT stock_quantity FROM products WHERE id = :id FOR UPDATE")
    Optional<Integer> lockStock(@Param("id") UUID id);
}
