package dev.careshop.application.shop.fakes;

import dev.careshop.application.fakes.InMemoryRepository;
import dev.careshop.application.fakes.Table;
import dev.careshop.domain.shared.DuplicateValueException;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shop.category.Category;
import dev.careshop.domain.shop.category.CategoryHasProductsException;
import dev.careshop.domain.shop.category.CategoryId;
import dev.careshop.domain.shop.category.CategoryRepository;
import java.util.Comparator;
import java.util.Map;

/**
 * Categories in memory, with the database's rules: names are unique ignoring case, and a category that any product
 * of the shared {@link InMemoryProductRepository} names (active or not) cannot be deleted (the foreign key).
 */
public final class InMemoryCategoryRepository extends InMemoryRepository<CategoryId, Category> implements CategoryRepository {

    private static final Map<String, Comparator<Category>> SORTABLE = Map.of(
            "name", Comparator.comparing(c -> c.getDetails().name()),
            "createdAt", Comparator.comparing(Category::getCreatedAt));

    private final InMemoryProductRepository products;

    public InMemoryCategoryRepository(InMemoryProductRepository products) {
        super(Table.ofValueAndTimes(Category::getId, Category::getVersion, Category::getDetails, Category::getCreatedAt, Category::getUpdatedAt,
                Category::rehydrate), Comparator.comparing(c -> c.getId().value()));
        this.products = products;
    }

    @Override
    public Category save(Category category) {
        String name = category.getDetails().name();
        if (anotherRowHas(category, other -> other.getDetails().name().equalsIgnoreCase(name))) {
            throw new DuplicateValueException("name", "another category is already named " + name);
        }
        return super.save(category);
    }

    @Override
    public boolean delete(CategoryId id) {
        return deleteUnlessReferenced(id, products::existsByCategoryId, CategoryHasProductsException::new);
    }

    @Override
    public Page<Category> list(PageRequest pageRequest) {
        return page(table.all(), pageRequest, SORTABLE, SORTABLE.get("name"));
    }
}
