package dev.careshop.application.shop.category.port.in;

import dev.careshop.domain.shop.category.Category;
import dev.careshop.domain.shop.category.CategoryDetails;
import dev.careshop.domain.shop.category.CategoryId;

public interface UpdateCategoryUseCase {

    /** Replaces the category's details; {@code expectedVersion} (from {@code If-Match}) is optional. */
    Category update(CategoryId id, CategoryDetails details, Long expectedVersion);
}
