package dev.careshop.domain.shop.category;

import dev.careshop.domain.shared.ConflictException;

/** Products (active or soft-deleted) still name the category, so it cannot be deleted. */
public class CategoryHasProductsException extends ConflictException {

    public CategoryHasProductsException(CategoryId id) {
        super("category " + id + " still has products (active or deleted) and cannot be deleted");
    }
}
