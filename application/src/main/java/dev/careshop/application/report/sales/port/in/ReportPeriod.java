package dev.careshop.application.report.sales.port.in;

import dev.careshop.domain.shared.InvalidValueException;
import java.time.LocalDate;

/**
 * The days (UTC, both inclusive) whose orders a report counts; an absent bound leaves that side open. Bounds lie in
 * the years 1 to 9999, which every database and client can hold (an ISO date may name the year 999,999,999).
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public static final ReportPeriod ALL_TIME = new ReportPeriod(null, null);
    private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    public ReportPeriod {
        requireSupported("from", from);
        requireSupported("to", to);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidValueException("from", "must not be after to (" + to + ")");
        }
    }

    private static void requireSupported(String field, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw new InvalidValueException(field, "must be between " + EARLIEST + " and " + LATEST);
        }
    }
}
