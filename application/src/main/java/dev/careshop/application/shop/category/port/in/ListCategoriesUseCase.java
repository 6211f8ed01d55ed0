package dev.careshop.application.shop.category.port.in;

import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shop.category.Category;

public interface ListCategoriesUseCase {

    Page<Category> list(PageRequest pageRequest);
}
