package dev.careshop.adapter.persistence.shop.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import lombok.Getter;
import org.hibernate.annotations.Immutable;

/**
 * The columns of a product row that ordering reads: a read-only view of the catalog's table, so the order adapter
 * depends on the V2 schema, not on the catalog's code. Stock is only ever changed by conditional SQL updates.
 */
@Entity(name = "OrderableProduct")
@Table(name = "products")
@Immutable
@Getter
public class OrderableProductJpaEntity {

    @Id
    private UUID id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal price;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false)
    private int stockQuantity;
}
