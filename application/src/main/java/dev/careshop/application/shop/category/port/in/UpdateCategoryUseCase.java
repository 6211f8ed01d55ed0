package dev.careshop.application.shop.category.port.in;

import dev.careshop.domain.shop.category.Category;

public interface UpdateCategoryUseCase {

    Category update(UpdateCategoryCommand command);
}
