package dev.careshop.application.contract;

import static dev.careshop.application.shop.CatalogFixture.CLOCK;
import static dev.careshop.application.shop.CatalogFixture.LATER;
import static dev.careshop.application.shop.CatalogFixture.LATER_CLOCK;
import static dev.careshop.application.shop.CatalogFixture.productDetails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.domain.shared.MissingReferenceException;
import dev.careshop.domain.shared.Money;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shared.paging.SortOrder;
import dev.careshop.domain.shop.category.CategoryId;
import dev.careshop.domain.shop.product.Product;
import dev.careshop.domain.shop.product.ProductId;
import dev.careshop.domain.shop.product.ProductRepository;
import dev.careshop.domain.shop.product.ProductSearch;
import dev.careshop.domain.shop.product.StockAdjustment;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What the catalog's use cases rely on from {@link ProductRepository}; run against the fake and the JPA adapter. */
public abstract class ProductRepositoryContract extends ShopRepositoryContract {

    protected ProductRepositoryContract(ShopRepositories shop) {
        super(shop);
    }

    private ProductRepository products() {
        return shop.products();
    }

    @Test
    void aNewProductIsStoredAtVersionZeroAndAChangeBumpsTheVersion() {
        Product tea = product("tea", "4.50", 10, category("drinks").getId());

        Product changed = StoredVersions.newAtZeroThenBumpedOnlyByAChange(tea, () -> products().findById(tea.getId()),
                products()::save, loaded -> loaded.update(productDetails("green tea", "5.00", null), false, 0L, LATER_CLOCK),
                Product::getVersion);

        assertThat(changed.isActive()).isFalse();
    }

    @Test
    void anUnknownProductIsNeitherFoundNorLockedNorAdjusted() {
        ProductId unknown = ProductId.newId();

        assertThat(products().findById(unknown)).isEmpty();
        assertThat(products().lockStock(unknown)).isEmpty();
        assertThat(products().adjustStock(unknown, new StockAdjustment(1), LATER)).isFalse();
    }

    @Test
    void aSaveNeverChangesTheStoredStock() {
        Product tea = product("tea", "4.50", 10, null);
        Product stale = Product.rehydrate(tea.getId(), productDetails("tea", "4.80", null), 99, true, tea.getCreatedAt(),
                LATER, tea.getVersion());

        assertThat(products().save(stale).getStockQuantity()).as("the answer is the product as stored").isEqualTo(10);
        shop.nextUseCase().run();
        assertThat(products().findById(tea.getId()).orElseThrow().getStockQuantity()).isEqualTo(10);
        assertThat(products().lockStock(tea.getId())).isEqualTo(OptionalInt.of(10));
    }

    @Test
    void adjustingStockMovesItWithinItsBoundsBumpingTheVersionAndStampingTheTime() {
        Product tea = product("tea", "4.50", 10, null);

        assertThat(products().adjustStock(tea.getId(), new StockAdjustment(-10), LATER)).isTrue();
        assertThat(products().adjustStock(tea.getId(), new StockAdjustment(-1), LATER)).as("below zero").isFalse();
        assertThat(products().adjustStock(tea.getId(), new StockAdjustment(5), LATER)).isTrue();
        shop.nextUseCase().run();

        Product adjusted = products().findById(tea.getId()).orElseThrow();
        assertThat(adjusted.getStockQuantity()).isEqualTo(5);
        assertThat(adjusted.getVersion()).isEqualTo(2);
        assertThat(adjusted.getUpdatedAt()).isEqualTo(LATER);
        assertThat(products().lockStock(tea.getId())).isEqualTo(OptionalInt.of(5));
    }

    @Test
    void stockNeverGrowsBeyondItsMaximum() {
        Product tea = product("tea", "4.50", Product.MAX_STOCK - 1, null);

        assertThat(products().adjustStock(tea.getId(), new StockAdjustment(2), LATER)).isFalse();
        assertThat(products().adjustStock(tea.getId(), new StockAdjustment(1), LATER)).isTrue();
        assertThat(products().lockStock(tea.getId())).isEqualTo(OptionalInt.of(Product.MAX_STOCK));
    }

    @Test
    void aProductOfACategoryThatDoesNotExistIsRefused() {
        Product orphan = Product.create(productDetails("tea", "4.50", CategoryId.newId()), 1, CLOCK);

        assertThatExceptionOfType(MissingReferenceException.class).isThrownBy(() -> products().save(orphan))
                .satisfies(e -> assertThat(e.field()).isEqualTo("categoryId"));
    }

    @Test
    void searchLeavesInactiveProductsOutUnlessAskedAndFiltersByEveryCriterion() {
        CategoryId drinks = category("drinks").getId();
        product("green tea", "4.50", 10, drinks);
        product("black tea", "3.00", 0, drinks);
        product("100% cocoa", "7.25", 2, null);
        Product gone = product("mate tea", "6.00", 5, drinks);
        gone.deactivate(LATER_CLOCK);
        products().save(gone);

        assertThat(names(ProductSearch.all())).containsExactly("100% cocoa", "black tea", "green tea");
        assertThat(names(new ProductSearch(null, null, null, null, null, true)))
                .containsExactly("100% cocoa", "black tea", "green tea", "mate tea");
        assertThat(names(new ProductSearch("TEA", null, null, null, null, false))).containsExactly("black tea", "green tea");
        assertThat(names(new ProductSearch("0%", null, null, null, null, false))).as("wildcards literally").containsExactly("100% cocoa");
        assertThat(names(new ProductSearch("_", null, null, null, null, false))).isEmpty();
        assertThat(names(new ProductSearch(null, drinks, null, null, null, false))).containsExactly("black tea", "green tea");
        assertThat(names(new ProductSearch(null, null, money("3.00"), money("4.50"), null, false)))
                .as("bounds inclusive").containsExactly("black tea", "green tea");
        assertThat(names(new ProductSearch(null, null, null, null, true, false))).containsExactly("100% cocoa", "green tea");
        assertThat(names(new ProductSearch(null, null, null, null, false, false))).containsExactly("black tea");
    }

    @Test
    void searchSortsByNameUnlessToldOtherwiseAndCountsEveryMatchEvenBeyondTheEnd() {
        product("b", "2.00", 1, null);
        product("a", "3.00", 3, null);
        product("c", "1.00", 2, null);

        Page<Product> first = products().search(ProductSearch.all(), PageRequest.of(0, 2));
        assertThat(first.content()).extracting(p -> p.getDetails().name()).containsExactly("a", "b");
        assertThat(first.totalElements()).isEqualTo(3);
        assertThat(products().search(ProductSearch.all(), PageRequest.of(0, 10, SortOrder.asc("price"))).content())
                .extracting(p -> p.getDetails().name()).containsExactly("c", "b", "a");
        assertThat(products().search(ProductSearch.all(), PageRequest.of(0, 10, SortOrder.desc("stockQuantity"))).content())
                .extracting(p -> p.getDetails().name()).containsExactly("a", "c", "b");

        PageChecks.emptyBeyondTheEndCountingEveryMatch(products().search(ProductSearch.all(), PageRequest.of(9, 2)), 3);
    }

    private List<String> names(ProductSearch search) {
        return products().search(search, PageRequest.of(0, 20)).content().stream().map(p -> p.getDetails().name()).toList();
    }

    private static Money money(String amount) {
        return new Money(new BigDecimal(amount));
    }
}
