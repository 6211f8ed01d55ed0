package dev.careshop.application.shop.category.service;

import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.category.port.in.UpdateCategoryUseCase;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shop.category.Category;
import dev.careshop.domain.shop.category.CategoryDetails;
import dev.careshop.domain.shop.category.CategoryId;
import dev.careshop.domain.shop.category.CategoryRepository;
import java.time.Clock;

@UseCase
public class UpdateCategoryService implements UpdateCategoryUseCase {

    private final CategoryRepository categories;
    private final Clock clock;

    public UpdateCategoryService(CategoryRepository categories, Clock clock) {
        this.categories = categories;
        this.clock = clock;
    }

    @Override
    public Category update(CategoryId id, CategoryDetails details, Long expectedVersion) {
        Category category = categories.findById(id).orElseThrow(() -> new NotFoundException("category", id));
        category.update(details, expectedVersion, clock);
        return categories.save(category);
    }
}
