package dev.careshop.application.contract;

import static dev.careshop.application.shop.CatalogFixture.CLOCK;
import static dev.careshop.application.shop.CatalogFixture.LATER_CLOCK;
import static dev.careshop.application.shop.CatalogFixture.productDetails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.domain.shared.DuplicateValueException;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shared.paging.SortOrder;
import dev.careshop.domain.shop.category.Category;
import dev.careshop.domain.shop.category.CategoryDetails;
import dev.careshop.domain.shop.category.CategoryHasProductsException;
import dev.careshop.domain.shop.category.CategoryId;
import dev.careshop.domain.shop.category.CategoryRepository;
import dev.careshop.domain.shop.product.Product;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the catalog's use cases rely on from {@link CategoryRepository}; run against the fake and the JPA adapter. */
public abstract class CategoryRepositoryContract {

    private final ShopRepositories shop;

    protected CategoryRepositoryContract(ShopRepositories shop) {
        this.shop = shop;
    }

    private CategoryRepository categories() {
        return shop.categories();
    }

    private Category category(String name) {
        return categories().save(Category.create(new CategoryDetails(name, null), CLOCK));
    }

    @Test
    void aNewCategoryIsStoredAtVersionZeroAndAChangeBumpsTheVersion() {
        Category tea = category("tea");

        StoredVersions.newAtZeroThenBumpedOnlyByAChange(tea, () -> categories().findById(tea.getId()), categories()::save,
                loaded -> loaded.update(new CategoryDetails("tea", "leaves and herbs"), 0L, LATER_CLOCK), Category::getVersion);

        assertThat(categories().existsById(tea.getId())).isTrue();
    }

    @Test
    void anUnknownCategoryIsNeitherFoundNorExistsNorDeleted() {
        CategoryId unknown = CategoryId.newId();

        assertThat(categories().findById(unknown)).isEmpty();
        assertThat(categories().existsById(unknown)).isFalse();
        assertThat(categories().delete(unknown)).isFalse();
    }

    @Test
    void anotherCategoryWithTheSameNameIgnoringCaseIsRefused() {
        category("tea");

        assertThatExceptionOfType(DuplicateValueException.class).isThrownBy(() -> category("TEA"))
                .satisfies(e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void aCategoryMayChangeTheCaseOfItsOwnName() {
        Category tea = category("tea");
        Category loaded = categories().findById(tea.getId()).orElseThrow();
        loaded.update(new CategoryDetails("Tea", null), 0L, LATER_CLOCK);

        assertThat(categories().save(loaded).getDetails().name()).isEqualTo("Tea");
    }

    @Test
    void deleteAnswersWhetherTheCategoryExisted() {
        Category tea = category("tea");

        assertThat(categories().delete(tea.getId())).isTrue();
        shop.nextUseCase().run();

        assertThat(categories().findById(tea.getId())).isEmpty();
        assertThat(categories().delete(tea.getId())).isFalse();
    }

    @Test
    void aCategoryThatAnyProductNamesCannotBeDeletedEvenAnInactiveOne() {
        Category tea = category("tea");
        Product green = shop.products().save(Product.create(productDetails("green tea", "4.50", tea.getId()), 3, CLOCK));
        green.deactivate(LATER_CLOCK);
        shop.products().save(green);

        assertThatExceptionOfType(CategoryHasProductsException.class).isThrownBy(() -> categories().delete(tea.getId()));
    }

    @Test
    void listSortsByNameUnlessToldOtherwiseAndCountsEveryCategory() {
        category("tea");
        category("coffee");
        category("biscuits");

        Page<Category> first = categories().list(PageRequest.of(0, 2));
        assertThat(names(first)).containsExactly("biscuits", "coffee");
        assertThat(first.totalElements()).isEqualTo(3);
        assertThat(names(categories().list(PageRequest.of(1, 2)))).containsExactly("tea");
        assertThat(names(categories().list(PageRequest.of(0, 10, SortOrder.desc("name"))))).containsExactly("tea", "coffee", "biscuits");

        Page<Category> beyond = categories().list(PageRequest.of(7, 2));
        assertThat(beyond.content()).isEmpty();
        assertThat(beyond.totalElements()).isEqualTo(3);
    }

    private static List<String> names(Page<Category> page) {
        return page.content().stream().map(c -> c.getDetails().name()).toList();
    }
}
