package dev.careshop.application.report.sales.port.in;

import dev.careshop.domain.shared.InvalidValueException;
import java.time.YearMonth;

/** How many calendar months a sales report covers, the current month included: 1 to 60. */
public record SalesMonths(int count) {

    public static final int MIN = 1;
    public static final int MAX = 60;
    public static final int DEFAULT = 12;

    public SalesMonths {
        if (count < MIN || count > MAX) {
            throw new InvalidValueException("months", "must be between " + MIN + " and " + MAX);
        }
    }

    /** The oldest month covered when {@code current} is the newest. */
    public YearMonth firstMonthEndingIn(YearMonth current) {
        return current.minusMonths(count - 1L);
    }
}
