package dev.careshop.application.shop.category.service;

import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.category.port.in.GetCategoryUseCase;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shop.category.Category;
import dev.careshop.domain.shop.category.CategoryId;
import dev.careshop.domain.shop.category.CategoryRepository;

@UseCase(readOnly = true)
public class GetCategoryService implements GetCategoryUseCase {

    private final CategoryRepository categories;

    public GetCategoryService(CategoryRepository categories) {
        this.categories = categories;
    }

    @Override
    public Category get(CategoryId id) {
        return categories.findById(id).orElseThrow(() -> new NotFoundException("category", id));
    }
}
