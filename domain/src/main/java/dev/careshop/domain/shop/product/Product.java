package dev.careshop.domain.shop.product;

import dev.careshop.domain.shared.InvalidValueException;
import dev.careshop.domain.shared.StaleVersionException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * A product of the shop with its stock. Deleting a product only deactivates it (orders keep referring to it); an
 * inactive product cannot be ordered and is hidden from lists unless asked for. The stock is set on creation; after
 * that it changes only in the database, by one conditional statement each ({@link ProductRepository#adjustStock} and
 * the orders' reservations), never through this object or an update of the details: concurrent changes must not be
 * able to overwrite each other.
 */
public final class Product {

    /** The stock column is a PostgreSQL integer. */
    public static final int MAX_STOCK = Integer.MAX_VALUE;

    private final ProductId id;
    private ProductDetails details;
    private final int stockQuantity;
    private boolean active;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;

    private Product(ProductId id, ProductDetails details, int stockQuantity, boolean active, Instant createdAt,
                    Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.details = Objects.requireNonNull(details, "details");
        this.stockQuantity = stockQuantity;
        this.active = active;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
    }

    /** A new, active product with {@code stockQuantity} units in stock. */
    public static Product create(ProductDetails details, int stockQuantity, Clock clock) {
        if (stockQuantity < 0) {
            throw new InvalidValueException("stockQuantity", "stockQuantity must be 0 or greater");
        }
        Instant now = clock.instant();
        return new Product(ProductId.newId(), details, stockQuantity, true, now, now, 0);
    }

    /** Rebuilds a product from storage; no rule is checked again. */
    public static Product rehydrate(ProductId id, ProductDetails details, int stockQuantity, boolean active,
                                    Instant createdAt, Instant updatedAt, long version) {
        return new Product(id, details, stockQuantity, active, createdAt, updatedAt, version);
    }

    /**
     * Replaces the details, and the active flag when {@code newActive} is given ({@code true} reactivates a deleted
     * product); {@code expectedVersion}, when given, must be the current version. The stock is left alone.
     */
    public void update(ProductDetails newDetails, Boolean newActive, Long expectedVersion, Clock clock) {
        StaleVersionException.check("product", id, expectedVersion, version);
        this.details = Objects.requireNonNull(newDetails, "newDetails");
        if (newActive != null) {
            this.active = newActive;
        }
        this.updatedAt = clock.instant();
    }

    /** The soft delete: an inactive product stays inactive and unchanged. */
    public void deactivate(Clock clock) {
        if (active) {
            active = false;
            updatedAt = clock.instant();
        }
    }

    public ProductId getId() {
        return id;
    }

    public ProductDetails getDetails() {
        return details;
    }

    public int getStockQuantity() {
        return stockQuantity;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
