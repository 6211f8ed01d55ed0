package dev.careshop.domain.shop.product;

import static dev.careshop.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.domain.shared.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ProductSearchTest {

    private static Money money(String amount) {
        return Money.of("price", new BigDecimal(amount));
    }

    @Test
    void aBlankQueryIsNoFilterAndAQueryIsTrimmed() {
        assertThat(new ProductSearch("   ", null, null, null, null, false).q()).isNull();
        assertThat(new ProductSearch("  asp ", null, null, null, null, false).q()).isEqualTo("asp");
    }

    @Test
    void equalBoundsAreFineAndAMinimumAboveTheMaximumIsRefused() {
        assertThat(new ProductSearch(null, null, money("5"), money("5.00"), true, true).minPrice()).isEqualTo(money("5"));
        assertInvalid("minPrice", () -> new ProductSearch(null, null, money("5.01"), money("5"), null, false));
    }

    @Test
    void refusesTheNulCharacterInTheQuery() {
        assertInvalid("q", () -> new ProductSearch("a\u0000b", null, null, null, null, false));
    }

    @Test
    void allMeansEveryActiveProduct() {
        assertThat(ProductSearch.all()).isEqualTo(new ProductSearch(null, null, null, null, null, false));
    }
}
