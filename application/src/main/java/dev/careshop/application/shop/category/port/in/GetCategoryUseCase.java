package dev.careshop.application.shop.category.port.in;

import dev.careshop.domain.shop.category.Category;
import dev.careshop.domain.shop.category.CategoryId;

public interface GetCategoryUseCase {

    Category get(CategoryId id);
}
