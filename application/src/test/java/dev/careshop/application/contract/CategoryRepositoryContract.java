package dev.careshop.application.contract;

import static dev.careshop.application.shop.CatalogFixture.LATER_CLOCK;
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
public abstract class CategoryRepositoryContract extends ShopRepositoryContract {

    protected CategoryRepositoryContract(ShopRepositories shop) {
        super(shop);
    }

    private CategoryRepository categories() {
        return shop.categories();
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
        ById.unknownIsNeitherFoundNorExistsNorDeleted(CategoryId.newId(), categories()::findById, categories()::existsById, categories()::delete);
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

        ById.deleteAnswersWhetherItExisted(tea.getId(), categories()::findById, categories()::delete, shop.nextUseCase());
    }

    @Test
    void aCategoryThatAnyProductNamesCannotBeDeletedEvenAnInactiveOne() {
        Category tea = category("tea");
        Product green = product("green tea", "4.50", 3, tea.getId());
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

        PageChecks.emptyBeyondTheEndCountingEveryMatch(categories().list(PageRequest.of(7, 2)), 3);
    }

    private static List<String> names(Page<Category> page) {
        return page.content().stream().map(c -> c.getDetails().name()).toList();
    }
}
