package dev.careshop.adapter.persistence.shop.order;

import dev.careshop.domain.shop.order.OrderStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An order row. Lines and payments are rows of their own tables, loaded for a whole page of orders at once by the
 * adapter rather than through lazy associations. The user is a plain id: aggregates reference each other by id.
 */
@Entity
@Table(name = "orders")
@Getter
@Setter
public class OrderJpaEntity {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private UUID userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OrderStatus status;

    @Column(nullable = false, precision = 15, scale = 2, updatable = false)
    private BigDecimal totalAmount;

    @Column(name = "shipping_line1", nullable = false, length = 200, updatable = false)
    private String shippingLine1;

    @Column(name = "shipping_line2", length = 200, updatable = false)
    private String shippingLine2;

    @Column(nullable = false, length = 100, updatable = false)
    private String shippingCity;

    @Column(nullable = false, length = 20, updatable = false)
    private String shippingPostalCode;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 2, updatable = false)
    private String shippingCountry;

    @Column(length = 1000, updatable = false)
    private String notes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]", updatable = false)
    private List<String> tags = new ArrayList<>();

    /** The JSON object's text; PostgreSQL keeps it as {@code jsonb}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb", updatable = false)
    private String metadata;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;
}
