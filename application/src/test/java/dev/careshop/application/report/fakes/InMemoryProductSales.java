package dev.careshop.application.report.fakes;

import dev.careshop.application.report.sales.port.in.MonthlySales;
import dev.careshop.application.report.sales.port.in.ProductSales;
import dev.careshop.application.report.sales.port.out.ProductSalesQuery;
import dev.careshop.domain.shop.product.ProductId;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Known products with the units they sold per month; answers every month of the window asked for, zeros included. */
public final class InMemoryProductSales implements ProductSalesQuery {

    private final Map<ProductId, String> names = new HashMap<>();
    private final Map<ProductId, Map<YearMonth, MonthlySales>> sold = new HashMap<>();

    public void product(ProductId id, String name) {
        names.put(id, name);
    }

    public void sold(ProductId id, YearMonth month, long quantity, String revenue) {
        sold.computeIfAbsent(id, key -> new HashMap<>()).put(month, new MonthlySales(month, quantity, new BigDecimal(revenue)));
    }

    @Override
    public Optional<ProductSales> monthlySales(ProductId product, YearMonth first, YearMonth last) {
        if (!names.containsKey(product)) {
            return Optional.empty();
        }
        Map<YearMonth, MonthlySales> months = sold.getOrDefault(product, Map.of());
        List<MonthlySales> window = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            window.add(months.getOrDefault(month, new MonthlySales(month, 0, BigDecimal.ZERO)));
        }
        return Optional.of(new ProductSales(product, names.get(product), window));
    }
}
