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
        // One conditional update does the work. Its refusal is judged again against the stock read under a row lock:
        // a change committed in between (a delivery, a cancelled order) may have made room, and a refusal must name
        // a quantity that really refuses it.
        if (!products.adjustStock(command.id(), command.adjustment(), clock.instant())) {
            int available = products.lockStock(command.id())
                    .orElseThrow(() -> new NotFoundException("product", command.id()));
            if (!command.adjustment().fits(available)) {
                throw StockAdjustmentRefusedException.of(command.id(), available, command.adjustment());
            }
            if (!products.adjustStock(command.id(), command.adjustment(), clock.instant())) {
                throw new IllegalStateException("product " + command.id() + ": stock moved while its row was locked");
            }
        }
        return products.findById(command.id()).orElseThrow(() -> new NotFoundException("product", command.id()));
    }
}
