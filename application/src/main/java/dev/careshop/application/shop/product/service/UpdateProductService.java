package dev.careshop.application.shop.product.service;

import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.product.port.in.UpdateProductCommand;
import dev.careshop.application.shop.product.port.in.UpdateProductUseCase;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shop.category.CategoryRepository;
import dev.careshop.domain.shop.product.Product;
import dev.careshop.domain.shop.product.ProductRepository;
import java.time.Clock;

@UseCase
public class UpdateProductService implements UpdateProductUseCase {

    private final ProductRepository products;
    private final CategoryRepository categories;
    private final Clock clock;

    public UpdateProductService(ProductRepository products, CategoryRepository categories, Clock clock) {
        this.products = products;
        this.categories = categories;
        this.clock = clock;
    }

    @Override
    public Product update(UpdateProductCommand command) {
        Product product = products.findById(command.id())
                .orElseThrow(() -> new NotFoundException("product", command.id()));
        product.update(command.details(), command.active(), command.expectedVersion(), clock);
        CategoryReference.requireExisting(categories, command.details().categoryId());
        return products.save(product);
    }
}
