package dev.careshop.domain.shared;

import static dev.careshop.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest
    @ValueSource(strings = {"0.001", "1.234", "0.1000001"})
    void refusesMoreThanTwoDecimals(String amount) {
        assertInvalid("amount", () -> money(amount));
    }

    @Test
    void acceptsTrailingZerosBeyondTwoDecimals() {
        assertThat(money("1.2300")).isEqualTo(money("1.23"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10000000000000", "1e999999999", "99999999999999.99"})
    void refusesAmountsWiderThanAnyColumnTheShopStores(String amount) {
        assertInvalid("amount", () -> money(amount));
    }

    @Test
    void acceptsTheWidestOrderTotal() {
        assertThat(money("9999999999999.99")).hasToString("9999999999999.99");
        assertThat(money("1e12")).hasToString("1000000000000.00");
    }

    @Test
    void refusesNegativeAmounts() {
        assertInvalid("amount", () -> money("-0.01"));
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
