package dev.careshop.domain.shop.category;

import dev.careshop.domain.shared.StaleVersionException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** A shelf of the shop. Its name is unique among categories, ignoring case (the database guards it). */
public final class Category {

    private final CategoryId id;
    private CategoryDetails details;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;

    private Category(CategoryId id, CategoryDetails details, Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.details = Objects.requireNonNull(details, "details");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
    }

    public static Category create(CategoryDetails details, Clock clock) {
        Instant now = clock.instant();
        return new Category(CategoryId.newId(), details, now, now, 0);
    }

    /** Rebuilds a category from storage; no rule is checked again. */
    public static Category rehydrate(CategoryId id, CategoryDetails details, Instant createdAt, Instant updatedAt, long version) {
        return new Category(id, details, createdAt, updatedAt, version);
    }

    /** Replaces the details; {@code expectedVersion}, when given, must be the current version. */
    public void update(CategoryDetails newDetails, Long expectedVersion, Clock clock) {
        StaleVersionException.check("category", id, expectedVersion, version);
        this.details = Objects.requireNonNull(newDetails, "newDetails");
        this.updatedAt = clock.instant();
    }

    public CategoryId getId() {
        return id;
    }

    public CategoryDetails getDetails() {
        return details;
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
