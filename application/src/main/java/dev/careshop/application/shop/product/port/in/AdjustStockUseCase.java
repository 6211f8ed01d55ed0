package dev.careshop.application.shop.product.port.in;

import dev.careshop.domain.shop.product.Product;

public interface AdjustStockUseCase {

    /**
     * Adds the adjustment to the product's stock atomically and answers the product as it is afterwards.
     *
     * @throws dev.careshop.domain.shop.product.StockAdjustmentRefusedException when the stock would go below 0 or
     *                                                                          beyond what it can hold
     */
    Product adjust(AdjustStockCommand command);
}
