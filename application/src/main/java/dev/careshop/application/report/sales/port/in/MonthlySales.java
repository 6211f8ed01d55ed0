package dev.careshop.application.report.sales.port.in;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Objects;

/** What one product sold in one calendar month (UTC): units and revenue at the prices of the orders' lines. */
public record MonthlySales(YearMonth month, long quantity, BigDecimal revenue) {

    public MonthlySales {
        Objects.requireNonNull(month, "month");
        // Sums of amounts in cents: always two decimals, also for a month without sales.
        revenue = revenue.setScale(2, RoundingMode.UNNECESSARY);
    }
}
