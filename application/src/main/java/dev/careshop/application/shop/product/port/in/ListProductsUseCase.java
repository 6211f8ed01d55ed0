package dev.careshop.application.shop.product.port.in;

import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shop.product.Product;
import dev.careshop.domain.shop.product.ProductSearch;

public interface ListProductsUseCase {

    Page<Product> list(ProductSearch search, PageRequest pageRequest);
}
