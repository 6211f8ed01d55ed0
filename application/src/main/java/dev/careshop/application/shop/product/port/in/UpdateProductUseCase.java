package dev.careshop.application.shop.product.port.in;

import dev.careshop.domain.shop.product.Product;

public interface UpdateProductUseCase {

    Product update(UpdateProductCommand command);
}
