package dev.careshop.application.shop.category.port.in;

import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shop.category.Category;
import dev.careshop.domain.shop.category.CategoryId;

/** The reads of a plain CRUD aggregate, one query use case (docs/extending.md). */
public interface FindCategoriesUseCase {

    Category get(CategoryId id);

    Page<Category> list(PageRequest pageRequest);
}
