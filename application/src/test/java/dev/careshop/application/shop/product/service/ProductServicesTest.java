package dev.careshop.application.shop.product.service;

import static dev.careshop.application.shop.CatalogFixture.CLOCK;
import static dev.careshop.application.shop.CatalogFixture.LATER;
import static dev.careshop.application.shop.CatalogFixture.LATER_CLOCK;
import static dev.careshop.application.shop.CatalogFixture.productDetails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.application.event.fakes.InMemoryOutbox;
import dev.careshop.application.shop.CatalogFixture;
import dev.careshop.application.shop.product.port.in.AdjustStockCommand;
import dev.careshop.application.shop.product.port.in.CreateProductCommand;
import dev.careshop.application.shop.product.port.in.UpdateProductCommand;
import dev.careshop.domain.shared.MissingReferenceException;
import dev.careshop.domain.shared.Money;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shared.StaleVersionException;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shared.paging.SortOrder;
import dev.careshop.domain.shop.category.CategoryId;
import dev.careshop.domain.shop.product.Product;
import dev.careshop.domain.shop.product.ProductId;
import dev.careshop.domain.shop.product.ProductRepository;
import dev.careshop.domain.shop.product.ProductSearch;
import dev.careshop.domain.shop.product.StockAdjustment;
import dev.careshop.domain.shop.product.StockAdjustmentRefusedException;
import dev.careshop.domain.shop.product.StockDepleted;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductServicesTest {

    private final CatalogFixture catalog = new CatalogFixture();

    @Nested
    class Create {

        private final CreateProductService createProduct = new CreateProductService(catalog.products, catalog.categories, CLOCK);

        @Test
        void storesAnActiveProductWithItsStockInAnExistingCategory() {
            CategoryId vitamins = catalog.category("Vitamins").getId();

            Product created = createProduct.create(new CreateProductCommand(productDetails("Vitamin C", "3.50", vitamins), 12));

            Product stored = catalog.products.findById(created.getId()).orElseThrow();
            assertThat(stored.isActive()).isTrue();
            assertThat(stored.getStockQuantity()).isEqualTo(12);
            assertThat(stored.getDetails().categoryId()).isEqualTo(vitamins);
            assertThat(stored.getVersion()).isZero();
        }

        @Test
        void aProductNeedsNoCategory() {
            Product created = createProduct.create(new CreateProductCommand(productDetails("Plaster", "1", null), 0));

            assertThat(created.getDetails().categoryId()).isNull();
        }

        @Test
        void refusesAnUnknownCategoryAndStoresNothing() {
            assertThatExceptionOfType(MissingReferenceException.class)
                    .isThrownBy(() -> createProduct.create(new CreateProductCommand(productDetails("X", "1", CategoryId.newId()), 1)))
                    .satisfies(e -> assertThat(e.field()).isEqualTo("categoryId"));
            assertThat(catalog.products.count()).isZero();
        }
    }

    @Nested
    class Update {

        private final UpdateProductService updateProduct = new UpdateProductService(catalog.products, catalog.categories, LATER_CLOCK);

        @Test
        void replacesTheDetailsKeepsTheStockAndBumpsTheVersion() {
            Product aspirin = catalog.product("Aspirin", "4.99", 9, null);

            Product updated = updateProduct.update(new UpdateProductCommand(aspirin.getId(), productDetails("Aspirin 500", "5.49", null), null, 0L));

            assertThat(updated.getDetails().name()).isEqualTo("Aspirin 500");
            assertThat(updated.getStockQuantity()).isEqualTo(9);
            assertThat(updated.getVersion()).isEqualTo(1);
            assertThat(updated.getUpdatedAt()).isEqualTo(LATER);
        }

        @Test
        void neverOverwritesAStockChangeMadeSinceTheProductWasRead() {
            Product aspirin = catalog.product("Aspirin", "4.99", 9, null);
            Product readBefore = catalog.products.findById(aspirin.getId()).orElseThrow();
            catalog.products.adjustStock(aspirin.getId(), new StockAdjustment(-4), LATER);

            readBefore.update(productDetails("Aspirin 500", "5.49", null), null, null, LATER_CLOCK);
            catalog.products.save(readBefore);

            assertThat(catalog.products.findById(aspirin.getId()).orElseThrow().getStockQuantity()).isEqualTo(5);
        }

        @Test
        void reactivatesADeletedProductWhenAskedTo() {
            Product aspirin = catalog.product("Aspirin", "4.99", 9, null);
            new DeleteProductService(catalog.products, CLOCK).delete(aspirin.getId());

            Product updated = updateProduct.update(new UpdateProductCommand(aspirin.getId(), productDetails("Aspirin", "4.99", null), true, null));

            assertThat(updated.isActive()).isTrue();
        }

        @Test
        void refusesAStaleVersionAnUnknownProductAndAnUnknownCategory() {
            Product aspirin = catalog.product("Aspirin", "4.99", 9, null);

            assertThatExceptionOfType(StaleVersionException.class).isThrownBy(() -> updateProduct.update(
                    new UpdateProductCommand(aspirin.getId(), productDetails("Aspirin", "1", null), null, 3L)));
            assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> updateProduct.update(
                    new UpdateProductCommand(ProductId.newId(), productDetails("Aspirin", "1", null), null, null)));
            assertThatExceptionOfType(MissingReferenceException.class).isThrownBy(() -> updateProduct.update(
                    new UpdateProductCommand(aspirin.getId(), productDetails("Aspirin", "1", CategoryId.newId()), null, null)));
            assertThat(catalog.products.findById(aspirin.getId()).orElseThrow().getVersion()).isZero();
        }
    }

    @Nested
    class Delete {

        private final DeleteProductService deleteProduct = new DeleteProductService(catalog.products, LATER_CLOCK);

        @Test
        void deactivatesTheProductBumpingItsVersionOnceAndKeepsIt() {
            Product aspirin = catalog.product("Aspirin", "4.99", 9, null);

            deleteProduct.delete(aspirin.getId());
            deleteProduct.delete(aspirin.getId());

            Product stored = catalog.products.findById(aspirin.getId()).orElseThrow();
            assertThat(stored.isActive()).isFalse();
            assertThat(stored.getVersion()).as("the second delete changes nothing").isEqualTo(1);
            assertThat(new GetProductService(catalog.products).get(aspirin.getId()).isActive()).isFalse();
        }

        @Test
        void anUnknownIdIsNotFound() {
            assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> deleteProduct.delete(ProductId.newId()));
        }
    }

    @Nested
    class AdjustStock {

        private final InMemoryOutbox events = new InMemoryOutbox();
        private final AdjustStockService adjustStock = new AdjustStockService(catalog.products, LATER_CLOCK, events);

        private Product adjust(Product product, int by) {
            return adjustStock.adjust(new AdjustStockCommand(product.getId(), new StockAdjustment(by)));
        }

        @Test
        void takingTheLastUnitPublishesStockDepletedAndNothingElseDoes() {
            Product aspirin = catalog.product("Aspirin", "4.99", 10, null);

            adjust(aspirin, -4);
            adjust(aspirin, -6);
            adjust(aspirin, 2);

            assertThat(events.appended()).singleElement().isInstanceOfSatisfying(StockDepleted.class, depleted -> {
                assertThat(depleted.productId()).isEqualTo(aspirin.getId().value());
                assertThat(depleted.occurredAt()).isEqualTo(LATER);
            });
        }

        @Test
        void addsOrTakesAwayAndBumpsTheVersion() {
            Product aspirin = catalog.product("Aspirin", "4.99", 10, null);

            Product taken = adjust(aspirin, -3);
            Product added = adjust(aspirin, 5);

            assertThat(taken.getStockQuantity()).isEqualTo(7);
            assertThat(added.getStockQuantity()).isEqualTo(12);
            assertThat(added.getVersion()).isEqualTo(2);
            assertThat(added.getUpdatedAt()).isEqualTo(LATER);
        }

        /** Rows: the stock, the adjustment, what the refusal says; the stock the product holds is the one available. */
        @ParameterizedTest(name = "{0} in stock, adjusted by {1}")
        @CsvSource({
                "2,          -3, has only 2 in stock; cannot take 3",
                "2147483646,  2, adding 2 would exceed the limit of 2147483647"
        })
        void refusesToGoBelowZeroOrBeyondTheLimitSayingWhatIsAvailableAndChangesNothing(int stock, int by, String says) {
            Product aspirin = catalog.product("Aspirin", "4.99", stock, null);

            assertThatExceptionOfType(StockAdjustmentRefusedException.class)
                    .isThrownBy(() -> adjust(aspirin, by))
                    .withMessageContaining(says)
                    .satisfies(e -> assertThat(e.available()).isEqualTo(stock));
            Product stored = catalog.products.findById(aspirin.getId()).orElseThrow();
            assertThat(stored.getStockQuantity()).isEqualTo(stock);
            assertThat(stored.getVersion()).isZero();
        }

        @Test
        void aDeliveryCommittedRightAfterTheRefusedUpdateMakesTheAdjustmentSucceedInsteadOfAContradictoryRefusal() {
            Product aspirin = catalog.product("Aspirin", "4.99", 0, null);
            AdjustStockService racing = new AdjustStockService(new DeliveryAfterFirstRefusal(catalog.products, 5), LATER_CLOCK, events);

            Product taken = racing.adjust(new AdjustStockCommand(aspirin.getId(), new StockAdjustment(-1)));

            assertThat(taken.getStockQuantity()).as("not 'has only 5 in stock; cannot take 1'").isEqualTo(4);
        }

        @Test
        void worksOnAnInactiveProductAndAnswersNotFoundForAnUnknownOne() {
            Product aspirin = catalog.product("Aspirin", "4.99", 2, null);
            new DeleteProductService(catalog.products, CLOCK).delete(aspirin.getId());

            assertThat(adjust(aspirin, 1).getStockQuantity()).isEqualTo(3);
            assertThatExceptionOfType(NotFoundException.class)
                    .isThrownBy(() -> adjustStock.adjust(new AdjustStockCommand(ProductId.newId(), new StockAdjustment(1))));
        }
    }

    @Nested
    class List {

        private final ListProductsService listProducts = new ListProductsService(catalog.products);

        @Test
        void filtersAndHidesInactiveProductsUnlessAsked() {
            CategoryId vitamins = catalog.category("Vitamins").getId();
            catalog.product("Vitamin C", "3.50", 5, vitamins);
            catalog.product("Vitamin D", "8.00", 0, vitamins);
            catalog.product("Aspirin", "4.99", 9, null);
            Product gone = catalog.product("Vitamin E", "6.00", 1, vitamins);
            new DeleteProductService(catalog.products, CLOCK).delete(gone.getId());

            assertThat(names(new ProductSearch("vitamin", null, null, null, null, false))).containsExactly("Vitamin C", "Vitamin D");
            assertThat(names(new ProductSearch("vitamin", null, null, null, null, true))).containsExactly("Vitamin C", "Vitamin D", "Vitamin E");
            assertThat(names(new ProductSearch(null, vitamins, null, null, true, false))).containsExactly("Vitamin C");
            assertThat(names(new ProductSearch(null, null, null, null, false, false))).containsExactly("Vitamin D");
            assertThat(names(new ProductSearch(null, null, money("4"), money("8"), null, false))).containsExactly("Aspirin", "Vitamin D");
        }

        @Test
        void sortsAsAsked() {
            catalog.product("B", "2", 1, null);
            catalog.product("A", "3", 2, null);
            catalog.product("C", "1", 3, null);

            assertThat(listProducts.list(ProductSearch.all(), PageRequest.of(0, 10, SortOrder.asc("price"))).content())
                    .extracting(p -> p.getDetails().name()).containsExactly("C", "B", "A");
            assertThat(listProducts.list(ProductSearch.all(), PageRequest.of(0, 10, SortOrder.desc("stockQuantity"))).content())
                    .extracting(p -> p.getDetails().name()).containsExactly("C", "A", "B");
        }

        private java.util.List<String> names(ProductSearch search) {
            return listProducts.list(search, PageRequest.of(0, 20)).content().stream().map(p -> p.getDetails().name()).toList();
        }

        private Money money(String amount) {
            return Money.of("price", new BigDecimal(amount));
        }
    }

    /** Another transaction delivers {@code units} between the first (refused) conditional update and what follows. */
    private static final class DeliveryAfterFirstRefusal implements ProductRepository {

        private final ProductRepository products;
        private final int units;
        private boolean delivered;

        DeliveryAfterFirstRefusal(ProductRepository products, int units) {
            this.products = products;
            this.units = units;
        }

        @Override
        public boolean adjustStock(ProductId id, StockAdjustment adjustment, Instant at) {
            boolean applied = products.adjustStock(id, adjustment, at);
            if (!applied && !delivered) {
                delivered = products.adjustStock(id, new StockAdjustment(units), at);
            }
            return applied;
        }

        @Override
        public Optional<Product> findById(ProductId id) {
            return products.findById(id);
        }

        @Override
        public OptionalInt lockStock(ProductId id) {
            return products.lockStock(id);
        }

        @Override
        public Product save(Product product) {
            return products.save(product);
        }

        @Override
        public Page<Product> search(ProductSearch search, PageRequest pageRequest) {
            return products.search(search, pageRequest);
        }
    }
}
