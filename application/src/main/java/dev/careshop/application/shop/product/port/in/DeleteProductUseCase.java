package dev.careshop.application.shop.product.port.in;

import dev.careshop.domain.shop.product.ProductId;

public interface DeleteProductUseCase {

    /** The soft delete: the product becomes inactive (again, harmlessly, if it already was). */
    void delete(ProductId id);
}
