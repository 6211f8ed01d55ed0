package dev.careshop.application.shop.product.service;

import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.product.port.in.CreateProductCommand;
import dev.careshop.application.shop.product.port.in.CreateProductUseCase;
import dev.careshop.domain.shop.category.CategoryRepository;
import dev.careshop.domain.shop.product.Product;
import dev.careshop.domain.shop.product.ProductRepository;
import java.time.Clock;

@UseCase
public class CreateProductService implements CreateProductUseCase {

    private final ProductRepository products;
    private final CategoryRepository categories;
    private final Clock clock;

    public CreateProductService(ProductRepository products, CategoryRepository categories, Clock clock) {
        this.products = products;
        this.categories = categories;
        this.clock = clock;
    }

    @Override
    public Product create(CreateProductCommand command) {
        CategoryReference.requireExisting(categories, command.details().categoryId());
        return products.save(Product.create(command.details(), command.stockQuantity(), clock));
    }
}
