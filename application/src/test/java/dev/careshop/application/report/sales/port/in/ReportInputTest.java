package dev.careshop.application.report.sales.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.domain.shared.InvalidValueException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a report may be asked for, whichever adapter asks: months 1 to 60, periods whose start is not after their end. */
class ReportInputTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 12, 60})
    void monthsFromOneToSixtyAreAccepted(int months) {
        assertThat(new SalesMonths(months).count()).isEqualTo(months);
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 61, Integer.MAX_VALUE})
    void otherMonthCountsAreRefusedNamingTheParameter(int months) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new SalesMonths(months))
                .satisfies(e -> assertThat(e.field()).isEqualTo("months"))
                .withMessage("must be between 1 and 60");
    }

    @Test
    void aPeriodMayBeOneDayOrOpenOnEitherSide() {
        LocalDate day = LocalDate.of(2026, 11, 1);

        assertThatCode(() -> new ReportPeriod(day, day)).doesNotThrowAnyException();
        assertThatCode(() -> new ReportPeriod(day, null)).doesNotThrowAnyException();
        assertThatCode(() -> new ReportPeriod(null, day)).doesNotThrowAnyException();
        assertThat(ReportPeriod.ALL_TIME.from()).isNull();
    }

    @Test
    void aPeriodStartingAfterItsEndIsRefusedNamingFrom() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new ReportPeriod(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 1)))
                .satisfies(e -> assertThat(e.field()).isEqualTo("from"))
                .withMessageContaining("must not be after to");
    }

    @Test
    void datesBeyondTheYearsOneTo9999AreRefusedNamingTheirParameter() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new ReportPeriod(LocalDate.of(0, 12, 31), null))
                .satisfies(e -> assertThat(e.field()).isEqualTo("from"));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new ReportPeriod(null, LocalDate.MAX))
                .satisfies(e -> assertThat(e.field()).isEqualTo("to"));
        assertThatCode(() -> new ReportPeriod(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))).doesNotThrowAnyException();
    }

    @Test
    void moneyInTheReadModelsHasTwoDecimals() {
        assertThat(new MonthlySales(YearMonth.of(2026, 1), 0, BigDecimal.ZERO).revenue()).hasToString("0.00");
        CategoryPerformance line = new CategoryPerformance(null, CategoryPerformance.UNCATEGORISED, 0, 0,
                BigDecimal.ZERO, new BigDecimal("3.335"));
        assertThat(line.revenue()).hasToString("0.00");
        assertThat(line.averagePrice()).as("rounded half up").hasToString("3.34");
    }
}
