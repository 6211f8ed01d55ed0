package dev.careshop.application.shop.category.port.in;

import dev.careshop.domain.shop.category.CategoryId;

public interface DeleteCategoryUseCase {

    /** Deletes the category; refused while any product (active or deleted) belongs to it. */
    void delete(CategoryId id);
}
