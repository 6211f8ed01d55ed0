package dev.careshop.application.shop.product.service;

import dev.careshop.domain.shared.MissingReferenceException;
import dev.careshop.domain.shop.category.CategoryId;
import dev.careshop.domain.shop.category.CategoryRepository;

/** The check both writes of a product make: a category it names must exist (422 otherwise). */
final class CategoryReference {

    private CategoryReference() {
    }

    static void requireExisting(CategoryRepository categories, CategoryId id) {
        // Checked here for a clear answer; the foreign key still guards a category deleted meanwhile.
        if (id != null && !categories.existsById(id)) {
            throw new MissingReferenceException("categoryId", "category", id);
        }
    }
}
