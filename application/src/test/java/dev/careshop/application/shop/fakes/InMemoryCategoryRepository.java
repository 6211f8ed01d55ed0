package dev.careshop.application.shop.fakes;

import dev.careshop.application.fakes.Pages;
import dev.careshop.application.fakes.Table;
import dev.careshop.domain.shared.DuplicateValueException;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shop.category.Category;
import dev.careshop.domain.shop.category.CategoryHasProductsException;
import dev.careshop.domain.shop.category.CategoryId;
import dev.careshop.domain.shop.category.CategoryRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Categories in memory, with the database's rules: names are unique ignoring case, and a category that any product
 * of the shared {@link InMemoryProductRepository} names (active or not) cannot be deleted (the foreign key).
 */
public final class InMemoryCategoryRepository implements CategoryRepository {

    private static final Comparator<Category> BY_ID = Comparator.comparing(c -> c.getId().value());
    private static final Map<String, Comparator<Category>> SORTABLE = Map.of(
            "name", Comparator.comparing(c -> c.getDetails().name()),
            "createdAt", Comparator.comparing(Category::getCreatedAt));

    private final Table<CategoryId, Category> table = new Table<>(
            Category::getId,
            Category::getVersion,
            c -> List.of(c.getDetails(), c.getCreatedAt(), c.getUpdatedAt()),
            (c, version) -> Category.rehydrate(c.getId(), c.getDetails(), c.getCreatedAt(), c.getUpdatedAt(), version));
    private final InMemoryProductRepository products;

    public InMemoryCategoryRepository(InMemoryProductRepository products) {
        this.products = products;
    }

    @Override
    public Optional<Category> findById(CategoryId id) {
        return table.find(id);
    }

    @Override
    public boolean existsById(CategoryId id) {
        return table.contains(id);
    }

    @Override
    public Category save(Category category) {
        String name = category.getDetails().name();
        if (table.all().anyMatch(other -> !other.getId().equals(category.getId())
                && other.getDetails().name().equalsIgnoreCase(name))) {
            throw new DuplicateValueException("name", "another category is already named " + name);
        }
        return table.save(category);
    }

    @Override
    public boolean delete(CategoryId id) {
        if (!table.contains(id)) {
            return false;
        }
        if (products.existsByCategoryId(id)) {
            throw new CategoryHasProductsException(id);
        }
        return table.remove(id);
    }

    @Override
    public Page<Category> list(PageRequest pageRequest) {
        return Pages.page(table.all(), pageRequest, SORTABLE, SORTABLE.get("name"), BY_ID);
    }

    public int count() {
        return table.size();
    }
}
