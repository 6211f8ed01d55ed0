package dev.careshop.application.shop.product.port.in;

import dev.careshop.domain.shop.product.ProductId;
import dev.careshop.domain.shop.product.StockAdjustment;
import java.util.Objects;

public record AdjustStockCommand(ProductId id, StockAdjustment adjustment) {

    public AdjustStockCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(adjustment, "adjustment");
    }
}
