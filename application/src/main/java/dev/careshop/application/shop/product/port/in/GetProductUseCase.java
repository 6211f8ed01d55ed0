package dev.careshop.application.shop.product.port.in;

import dev.careshop.domain.shop.product.Product;
import dev.careshop.domain.shop.product.ProductId;

public interface GetProductUseCase {

    /** The product, active or not. */
    Product get(ProductId id);
}
