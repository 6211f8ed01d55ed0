package dev.careshop.application.shop.product.service;

import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.product.port.in.DeleteProductUseCase;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shop.product.Product;
import dev.careshop.domain.shop.product.ProductId;
import dev.careshop.domain.shop.product.ProductRepository;
import java.time.Clock;

@UseCase
public class DeleteProductService implements DeleteProductUseCase {

    private final ProductRepository products;
    private final Clock clock;

    public DeleteProductService(ProductRepository products, Clock clock) {
        this.products = products;
        this.clock = clock;
    }

    @Override
    public void delete(ProductId id) {
        Product product = products.findById(id).orElseThrow(() -> new NotFoundException("product", id));
        product.deactivate(clock);
        products.save(product);
    }
}
