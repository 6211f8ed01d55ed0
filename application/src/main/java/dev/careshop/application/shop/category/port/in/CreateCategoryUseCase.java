package dev.careshop.application.shop.category.port.in;

import dev.careshop.domain.shop.category.Category;
import dev.careshop.domain.shop.category.CategoryDetails;

public interface CreateCategoryUseCase {

    /** Creates a category; its name must be unused, ignoring case. */
    Category create(CategoryDetails details);
}
