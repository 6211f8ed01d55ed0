package dev.careshop.application.shop.product.service;

import dev.careshop.application.event.port.out.AppendEventsPort;
import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.product.port.in.AdjustStockCommand;
import dev.careshop.application.shop.product.port.in.AdjustStockUseCase;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shop.product.Product;
import dev.careshop.domain.shop.product.ProductRepository;
import dev.careshop.domain.shop.product.StockAdjustmentRefusedException;
import dev.careshop.domain.shop.product.StockDepleted;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

@UseCase
public class AdjustStockService implements AdjustStockUseCase {

    private final ProductRepository products;
    private final Clock clock;
    private final AppendEventsPort events;

    public AdjustStockService(ProductRepository products, Clock clock, AppendEventsPort events) {
        this.products = products;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public Product adjust(AdjustStockCommand command) {
        // One conditional update does the work. Its refusal is judged again against the stock read under a row lock:
        // a change committed in between (a delivery, a cancelled order) may have made room, and a refusal must name
        // a quantity that really refuses it.
        Instant now = clock.instant();
        if (!products.adjustStock(command.id(), command.adjustment(), now)) {
            int available = products.lockStock(command.id())
                    .orElseThrow(() -> new NotFoundException("product", command.id()));
            if (!command.adjustment().fits(available)) {
                throw StockAdjustmentRefusedException.of(command.id(), available, command.adjustment());
            }
            if (!products.adjustStock(command.id(), command.adjustment(), now)) {
                throw new IllegalStateException("product " + command.id() + ": stock moved while its row was locked");
            }
        }
        Product adjusted = products.findById(command.id()).orElseThrow(() -> new NotFoundException("product", command.id()));
        if (command.adjustment().delta() < 0 && adjusted.getStockQuantity() == 0) {
            events.append(List.of(StockDepleted.of(command.id(), now)));
        }
        return adjusted;
    }
}
