package dev.careshop.application.shop.category.service;

import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.category.port.in.FindCategoriesUseCase;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shop.category.Category;
import dev.careshop.domain.shop.category.CategoryId;
import dev.careshop.domain.shop.category.CategoryRepository;

@UseCase(readOnly = true)
public class FindCategoriesService implements FindCategoriesUseCase {

    private final CategoryRepository categories;

    public FindCategoriesService(CategoryRepository categories) {
        this.categories = categories;
    }

    @Override
    public Category get(CategoryId id) {
        return categories.findById(id).orElseThrow(() -> new NotFoundException("category", id));
    }

    @Override
    public Page<Category> list(PageRequest pageRequest) {
        return categories.list(pageRequest);
    }
}
