package dev.careshop.domain.shop.product;

import static dev.careshop.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.domain.shared.Money;
import dev.careshop.domain.shared.StaleVersionException;
import dev.careshop.domain.shop.category.CategoryId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductTest {

    private static final Instant NOW = Instant.parse("2026-03-15T09:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Instant LATER = NOW.plusSeconds(60);
    private static final Clock LATER_CLOCK = Clock.fixed(LATER, ZoneOffset.UTC);
    private static final ProductDetails ASPIRIN = details("Aspirin", "4.99");

    private static ProductDetails details(String name, String price) {
        return new ProductDetails(name, null, ProductDetails.price("price", new BigDecimal(price)), null);
    }

    private static Product withStock(int stock) {
        return Product.rehydrate(ProductId.newId(), ASPIRIN, stock, true, NOW, NOW, 2);
    }

    @Nested
    class Details {

        @Test
        void trimsTextAndKeepsTheCategory() {
            CategoryId category = CategoryId.newId();
            ProductDetails details = new ProductDetails("  Aspirin ", " ", Money.of("price", new BigDecimal("1")), category);

            assertThat(details.name()).isEqualTo("Aspirin");
            assertThat(details.description()).isNull();
            assertThat(details.price().amount()).isEqualByComparingTo("1.00").hasToString("1.00");
            assertThat(details.categoryId()).isEqualTo(category);
        }

        @Test
        void acceptsTheLongestNameAndDescription() {
            ProductDetails details = new ProductDetails("n".repeat(200), "d".repeat(5000), Money.ZERO, null);

            assertThat(details.name()).hasSize(200);
            assertThat(details.description()).hasSize(5000);
        }

        @Test
        void refusesMissingOrTooLongText() {
            assertInvalid("name", () -> new ProductDetails(" ", null, Money.ZERO, null));
            assertInvalid("name", () -> new ProductDetails("n".repeat(201), null, Money.ZERO, null));
            assertInvalid("description", () -> new ProductDetails("Aspirin", "d".repeat(5001), Money.ZERO, null));
        }

        @Test
        void requiresAPrice() {
            assertInvalid("price", () -> new ProductDetails("Aspirin", null, null, null));
            assertInvalid("price", () -> ProductDetails.price("price", null));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "0.01", "19.99", "1e2", "99999999.99", "5.000"})
        void acceptsPricesFromZeroToJustBelowOneHundredMillionWithTwoDecimals(String price) {
            Money money = ProductDetails.price("price", new BigDecimal(price));

            assertThat(money.amount()).isEqualByComparingTo(price);
            assertThat(money.amount().scale()).isEqualTo(2);
        }

        @ParameterizedTest
        @ValueSource(strings = {"-0.01", "19.999", "0.001", "100000000", "100000000.00", "1e9", "1e999999999"})
        void refusesNegativePricesMoreThanTwoDecimalsAndOneHundredMillion(String price) {
            assertInvalid("price", () -> ProductDetails.price("price", new BigDecimal(price)));
        }

        @Test
        void namesTheFieldItWasAskedFor() {
            assertInvalid("minPrice", () -> ProductDetails.price("minPrice", new BigDecimal("-1")));
            assertInvalid("maxPrice", () -> ProductDetails.price("maxPrice", new BigDecimal("100000000")));
            assertThat(ProductDetails.priceOrNull("minPrice", null)).isNull();
        }

        @Test
        void aMoneyAboveTheLimitIsRefusedByTheRecordToo() {
            assertInvalid("price", () -> new ProductDetails("Aspirin", null, Money.of("price", new BigDecimal("100000000")), null));
        }
    }

    @Nested
    class Create {

        @Test
        void isActiveWithTheGivenStockAtVersionZero() {
            Product product = Product.create(ASPIRIN, 12, CLOCK);

            assertThat(product.isActive()).isTrue();
            assertThat(product.getStockQuantity()).isEqualTo(12);
            assertThat(product.getVersion()).isZero();
            assertThat(product.getCreatedAt()).isEqualTo(NOW);
            assertThat(product.getUpdatedAt()).isEqualTo(NOW);
            assertThat(product.getId().value().version()).isEqualTo(7);
        }

        @Test
        void acceptsZeroAndRefusesANegativeStock() {
            assertThat(Product.create(ASPIRIN, 0, CLOCK).getStockQuantity()).isZero();
            assertInvalid("stockQuantity", () -> Product.create(ASPIRIN, -1, CLOCK));
        }
    }

    @Nested
    class Update {

        @Test
        void replacesTheDetailsAndKeepsStockAndActiveWhenNotGiven() {
            Product product = withStock(7);
            ProductDetails ibuprofen = details("Ibuprofen", "6.50");

            product.update(ibuprofen, null, 2L, LATER_CLOCK);

            assertThat(product.getDetails()).isEqualTo(ibuprofen);
            assertThat(product.getStockQuantity()).isEqualTo(7);
            assertThat(product.isActive()).isTrue();
            assertThat(product.getUpdatedAt()).isEqualTo(LATER);
        }

        @Test
        void reactivatesADeletedProductWhenAskedTo() {
            Product product = withStock(7);
            product.deactivate(CLOCK);

            product.update(ASPIRIN, true, null, LATER_CLOCK);

            assertThat(product.isActive()).isTrue();
        }

        @Test
        void withAStaleVersionChangesNothing() {
            Product product = withStock(7);

            assertThatExceptionOfType(StaleVersionException.class)
                    .isThrownBy(() -> product.update(details("Ibuprofen", "6.50"), false, 1L, LATER_CLOCK));
            assertThat(product.getDetails()).isEqualTo(ASPIRIN);
            assertThat(product.isActive()).isTrue();
        }
    }

    @Nested
    class Deactivate {

        @Test
        void makesTheProductInactiveOnce() {
            Product product = withStock(3);

            product.deactivate(LATER_CLOCK);
            assertThat(product.isActive()).isFalse();
            assertThat(product.getUpdatedAt()).isEqualTo(LATER);

            product.deactivate(Clock.fixed(LATER.plusSeconds(60), ZoneOffset.UTC));
            assertThat(product.isActive()).isFalse();
            assertThat(product.getUpdatedAt()).as("a second delete changes nothing").isEqualTo(LATER);
        }
    }

    @Nested
    class AdjustStock {

        @Test
        void anAdjustmentFitsWhileTheStockStaysWithin0AndTheColumnsMaximum() {
            assertThat(new StockAdjustment(-3).fits(3)).as("the last unit may go").isTrue();
            assertThat(new StockAdjustment(-4).fits(3)).isFalse();
            assertThat(new StockAdjustment(5).fits(Product.MAX_STOCK - 5)).isTrue();
            assertThat(new StockAdjustment(6).fits(Product.MAX_STOCK - 5)).as("no integer overflow").isFalse();
            assertThat(new StockAdjustment(StockAdjustment.MAX_DELTA).fits(Product.MAX_STOCK)).isFalse();
        }

        @Test
        void aRefusalNamesTheAvailableQuantity() {
            ProductId id = ProductId.newId();

            assertThat(StockAdjustmentRefusedException.of(id, 3, new StockAdjustment(-4)))
                    .hasMessage("product " + id + " has only 3 in stock; cannot take 4")
                    .satisfies(e -> assertThat(e.available()).isEqualTo(3));
            assertThat(StockAdjustmentRefusedException.of(id, Product.MAX_STOCK, new StockAdjustment(1)))
                    .hasMessageContaining("would exceed the limit of " + Product.MAX_STOCK);
        }

        @Test
        void anAdjustmentIsNonZeroAndBounded() {
            assertInvalid("delta", () -> new StockAdjustment(0));
            assertInvalid("delta", () -> new StockAdjustment(1_000_001));
            assertInvalid("delta", () -> new StockAdjustment(-1_000_001));
            assertInvalid("delta", () -> new StockAdjustment(Integer.MIN_VALUE));
            assertThat(new StockAdjustment(-1_000_000).fits(1_000_000)).isTrue();
            assertThat(new StockAdjustment(1_000_000).fits(0)).isTrue();
        }
    }
}
