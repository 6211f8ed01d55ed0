package dev.careshop.domain.shared;

import static dev.careshop.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    private static Money money(String amount) {
        return new Money(new BigDecimal(amount));
    }

    @Test
    void holdsEveryAmountAtScaleTwoSoEqualAmountsAreEqual() {
        assertThat(money("5")).isEqualTo(money("5.0")).isEqualTo(money("5.00"));
        assertThat(money("5").amount().scale()).isEqualTo(2);
        assertThat(money("5.1")).hasToString("5.10");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "0.001,             more than two decimals",
            "1.234,             more than two decimals",
            "0.1000001,         more than two decimals",
            "10000000000000,    wider than any column the shop stores",
            "1e999999999,       wider than any column the shop stores",
            "99999999999999.99, wider than any column the shop stores",
            "-0.01,             negative"
    })
    void refusesAnAmountTheShopCannotHold(String amount, String why) {
        assertInvalid("amount", () -> money(amount));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "1.2300,           1.23",
            "9999999999999.99, 9999999999999.99",
            "1e12,             1000000000000.00"
    })
    void acceptsTrailingZerosBeyondTwoDecimalsAndTheWidestOrderTotal(String amount, String stored) {
        assertThat(money(amount)).isEqualTo(money(stored)).hasToString(stored);
    }

    @Test
    void namesTheClientsFieldWhenReadingInput() {
        assertInvalid("price", () -> Money.of("price", new BigDecimal("-1")));
        assertInvalid("price", () -> Money.of("price", new BigDecimal("1.005")));
        assertInvalid("price", () -> Money.of("price", null));
        assertThat(Money.of("price", new BigDecimal("19.9"))).isEqualTo(money("19.90"));
    }

    @Test
    void addsAndMultipliesExactly() {
        assertThat(money("0.10").plus(money("0.20"))).isEqualTo(money("0.30"));
        assertThat(money("19.99").times(3)).isEqualTo(money("59.97"));
        assertThat(money("99999999.99").times(1000)).isEqualTo(money("99999999990.00"));
        assertThat(money("1.00").times(0)).isEqualTo(Money.ZERO);
    }

    @Test
    void refusesANegativeQuantity() {
        assertThatIllegalArgumentException().isThrownBy(() -> money("1").times(-1));
    }

    @Test
    void comparesByAmount() {
        assertThat(money("2").compareTo(money("2.00"))).isZero();
        assertThat(money("1.99").compareTo(money("2"))).isNegative();
        assertThat(money("3").compareTo(money("2.5"))).isPositive();
    }
}
