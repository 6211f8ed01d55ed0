package dev.careshop.application.shop.product.port.in;

import dev.careshop.domain.shop.product.Product;

public interface CreateProductUseCase {

    /** Creates an active product; its category, when given, must exist. */
    Product create(CreateProductCommand command);
}
