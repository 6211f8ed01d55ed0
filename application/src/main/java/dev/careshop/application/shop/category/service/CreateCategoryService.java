package dev.careshop.application.shop.category.service;

import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.category.port.in.CreateCategoryUseCase;
import dev.careshop.domain.shop.category.Category;
import dev.careshop.domain.shop.category.CategoryDetails;
import dev.careshop.domain.shop.category.CategoryRepository;
import java.time.Clock;

@UseCase
public class CreateCategoryService implements CreateCategoryUseCase {

    private final CategoryRepository categories;
    private final Clock clock;

    public CreateCategoryService(CategoryRepository categories, Clock clock) {
        this.categories = categories;
        this.clock = clock;
    }

    @Override
    public Category create(CategoryDetails details) {
        return categories.save(Category.create(details, clock));
    }
}
