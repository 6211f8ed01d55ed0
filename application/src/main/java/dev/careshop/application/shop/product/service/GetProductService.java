package dev.careshop.application.shop.product.service;

import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.product.port.in.GetProductUseCase;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shop.product.Product;
import dev.careshop.domain.shop.product.ProductId;
import dev.careshop.domain.shop.product.ProductRepository;

@UseCase(readOnly = true)
public class GetProductService implements GetProductUseCase {

    private final ProductRepository products;

    public GetProductService(ProductRepository products) {
        this.products = products;
    }

    @Override
    public Product get(ProductId id) {
        return products.findById(id).orElseThrow(() -> new NotFoundException("product", id));
    }
}
