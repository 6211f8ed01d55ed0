package dev.careshop.application.shop.fakes;

import dev.careshop.application.fakes.InMemoryRepository;
import dev.careshop.application.fakes.Table;
import dev.careshop.domain.shared.MissingReferenceException;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shop.category.CategoryId;
import dev.careshop.domain.shop.product.Product;
import dev.careshop.domain.shop.product.ProductId;
import dev.careshop.domain.shop.product.ProductRepository;
import dev.careshop.domain.shop.product.ProductSearch;
import dev.careshop.domain.shop.product.StockAdjustment;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * Products in memory, with the database's rules: the category must exist (the foreign key), a save never writes the
 * stock of a stored product (the column is not updatable), and stock moves only through {@link #adjustStock}.
 */
public final class InMemoryProductRepository extends InMemoryRepository<ProductId, Product> implements ProductRepository {

    private static final Map<String, Comparator<Product>> SORTABLE = Map.of(
            "name", Comparator.comparing(p -> p.getDetails().name()),
            "price", Comparator.comparing(p -> p.getDetails().price()),
            "createdAt", Comparator.comparing(Product::getCreatedAt),
            "stockQuantity", Comparator.comparing(Product::getStockQuantity));

    private final Predicate<CategoryId> categoryExists;

    public InMemoryProductRepository(Predicate<CategoryId> categoryExists) {
        super(new Table<>(Product::getId, Product::getVersion,
                        p -> List.of(p.getDetails(), p.getStockQuantity(), p.isActive(), p.getCreatedAt(), p.getUpdatedAt()),
                        (p, version) -> rehydrate(p, p.getStockQuantity(), version)),
                Comparator.comparing(p -> p.getId().value()));
        this.categoryExists = categoryExists;
    }

    @Override
    public synchronized Product save(Product product) {
        CategoryId category = product.getDetails().categoryId();
        if (category != null && !categoryExists.test(category)) {
            throw new MissingReferenceException("categoryId", "category", category);
        }
        Product toStore = table.find(product.getId())
                .map(stored -> rehydrate(product, stored.getStockQuantity(), product.getVersion()))
                .orElse(product);
        return super.save(toStore);
    }

    @Override
    public synchronized boolean adjustStock(ProductId id, StockAdjustment adjustment, Instant at) {
        Optional<Product> stored = table.find(id);
        if (stored.isEmpty() || !adjustment.fits(stored.get().getStockQuantity())) {
            return false;
        }
        Product product = stored.get();
        table.save(Product.rehydrate(product.getId(), product.getDetails(), product.getStockQuantity() + adjustment.delta(),
                product.isActive(), product.getCreatedAt(), at, product.getVersion()));
        return true;
    }

    @Override
    public synchronized OptionalInt lockStock(ProductId id) {
        return table.find(id).map(p -> OptionalInt.of(p.getStockQuantity())).orElseGet(OptionalInt::empty);
    }

    @Override
    public Page<Product> search(ProductSearch search, PageRequest pageRequest) {
        return page(table.all().filter(p -> matches(search, p)), pageRequest, SORTABLE, SORTABLE.get("name"));
    }

    public boolean existsByCategoryId(CategoryId id) {
        return table.all().anyMatch(p -> id.equals(p.getDetails().categoryId()));
    }

    private static boolean matches(ProductSearch search, Product product) {
        return (search.includeInactive() || product.isActive())
                && (search.q() == null || product.getDetails().name().toLowerCase(Locale.ROOT)
                        .contains(search.q().toLowerCase(Locale.ROOT)))
                && (search.categoryId() == null || search.categoryId().equals(product.getDetails().categoryId()))
                && (search.minPrice() == null || product.getDetails().price().compareTo(search.minPrice()) >= 0)
                && (search.maxPrice() == null || product.getDetails().price().compareTo(search.maxPrice()) <= 0)
                && (search.inStock() == null || search.inStock() == (product.getStockQuantity() > 0));
    }

    private static Product rehydrate(Product product, int stockQuantity, long version) {
        return Product.rehydrate(product.getId(), product.getDetails(), stockQuantity, product.isActive(),
                product.getCreatedAt(), product.getUpdatedAt(), version);
    }
}
