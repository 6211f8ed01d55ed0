package dev.careshop.application.shop.product.service;

import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.product.port.in.AdjustStockCommand;
import dev.careshop.application.shop.product.port.in.AdjustStockUseCase;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shop.product.Product;
import dev.careshop.domain.shop.product.ProductRepository;
import dev.careshop.domain.shop.product.StockAdjustmentRefusedException;
import java.time.Clock;

@UseCase
public class AdjustStockService implements AdjustStockUseCase {

    private final ProductRepository products;
    private final Clock clock;

    public AdjustStockService(ProductRepository products, Clock clock) {
        this.products = products;
        this.clock = clock;
    }

    @Override
    public Product adjust(AdjustStockCommand command) {
        // One conditional update does the work; reading afterwards only explains a refusal or answers the result.
        boolean applied = products.adjustStock(command.id(), command.adjustment(), clock.instant());
        Product product = products.findById(command.id())
                .orElseThrow(() -> new NotFoundException("product", command.id()));
        if (!applied) {
            throw StockAdjustmentRefusedException.of(command.id(), product.getStockQuantity(), command.adjustment());
        }
        return product;
    }
}
