package dev.careshop.application.shop.category.service;

import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.category.port.in.ListCategoriesUseCase;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shop.category.Category;
import dev.careshop.domain.shop.category.CategoryRepository;

@UseCase(readOnly = true)
public class ListCategoriesService implements ListCategoriesUseCase {

    private final CategoryRepository categories;

    public ListCategoriesService(CategoryRepository categories) {
        this.categories = categories;
    }

    @Override
    public Page<Category> list(PageRequest pageRequest) {
        return categories.list(pageRequest);
    }
}
