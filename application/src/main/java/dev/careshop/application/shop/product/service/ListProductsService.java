package dev.careshop.application.shop.product.service;

import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.product.port.in.ListProductsUseCase;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shop.product.Product;
import dev.careshop.domain.shop.product.ProductRepository;
import dev.careshop.domain.shop.product.ProductSearch;

@UseCase(readOnly = true)
public class ListProductsService implements ListProductsUseCase {

    private final ProductRepository products;

    public ListProductsService(ProductRepository products) {
        this.products = products;
    }

    @Override
    public Page<Product> list(ProductSearch search, PageRequest pageRequest) {
        return products.search(search, pageRequest);
    }
}
