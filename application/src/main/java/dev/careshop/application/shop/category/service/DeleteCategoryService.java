package dev.careshop.application.shop.category.service;

import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.category.port.in.DeleteCategoryUseCase;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shop.category.CategoryId;
import dev.careshop.domain.shop.category.CategoryRepository;

@UseCase
public class DeleteCategoryService implements DeleteCategoryUseCase {

    private final CategoryRepository categories;

    public DeleteCategoryService(CategoryRepository categories) {
        this.categories = categories;
    }

    @Override
    public void delete(CategoryId id) {
        // The foreign key from products (ON DELETE RESTRICT) refuses a category that still has products, deleted
        // ones included; the repository reports that as CategoryHasProductsException.
        if (!categories.delete(id)) {
            throw new NotFoundException("category", id);
        }
    }
}
