package dev.careshop.domain.shop.category;

import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import java.util.Optional;

/** Where categories are kept. */
public interface CategoryRepository {

    Optional<Category> findById(CategoryId id);

    boolean existsById(CategoryId id);

    /**
     * Stores a new or changed category and answers it as stored.
     *
     * @throws dev.careshop.domain.shared.DuplicateValueException when another category has the same name, ignoring case
     */
    Category save(Category category);

    /**
     * Deletes the category; answers whether it existed.
     *
     * @throws CategoryHasProductsException when products still refer to the category
     */
    boolean delete(CategoryId id);

    Page<Category> list(PageRequest pageRequest);
}
