package dev.careshop.application.shop.category.service;

import static dev.careshop.application.shop.CatalogFixture.CLOCK;
import static dev.careshop.application.shop.CatalogFixture.LATER;
import static dev.careshop.application.shop.CatalogFixture.LATER_CLOCK;
import static dev.careshop.application.shop.CatalogFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.application.shop.CatalogFixture;
import dev.careshop.domain.shared.DuplicateValueException;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shared.StaleVersionException;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shared.paging.SortOrder;
import dev.careshop.domain.shop.category.Category;
import dev.careshop.domain.shop.category.CategoryDetails;
import dev.careshop.domain.shop.category.CategoryHasProductsException;
import dev.careshop.domain.shop.category.CategoryId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CategoryServicesTest {

    private final CatalogFixture catalog = new CatalogFixture();

    @Nested
    class Create {

        private final CreateCategoryService createCategory = new CreateCategoryService(catalog.categories, CLOCK);

        @Test
        void storesANewCategoryAtVersionZeroStampedWithTheServicesClock() {
            Category created = createCategory.create(new CategoryDetails("Vitamins", "Daily"));

            Category stored = catalog.categories.findById(created.getId()).orElseThrow();
            assertThat(stored.getDetails()).isEqualTo(new CategoryDetails("Vitamins", "Daily"));
            assertThat(stored.getVersion()).isZero();
            assertThat(stored.getCreatedAt()).isEqualTo(NOW);
        }

        @Test
        void refusesANameTakenIgnoringCase() {
            catalog.category("Vitamins");

            assertThatExceptionOfType(DuplicateValueException.class)
                    .isThrownBy(() -> createCategory.create(new CategoryDetails("VITAMINS", null)))
                    .satisfies(e -> assertThat(e.field()).isEqualTo("name"));
            assertThat(catalog.categories.count()).isEqualTo(1);
        }
    }

    @Nested
    class Update {

        private final UpdateCategoryService updateCategory = new UpdateCategoryService(catalog.categories, LATER_CLOCK);

        @Test
        void replacesTheDetailsAndBumpsTheVersion() {
            Category vitamins = catalog.category("Vitamins");

            Category updated = updateCategory.update(vitamins.getId(), new CategoryDetails("Minerals", null), 0L);

            assertThat(updated.getDetails().name()).isEqualTo("Minerals");
            assertThat(updated.getVersion()).isEqualTo(1);
            assertThat(updated.getUpdatedAt()).isEqualTo(LATER);
        }

        @Test
        void aStaleVersionChangesNothing() {
            Category vitamins = catalog.category("Vitamins");

            assertThatExceptionOfType(StaleVersionException.class).isThrownBy(() -> updateCategory.update(
                    vitamins.getId(), new CategoryDetails("Minerals", null), 5L));
            assertThat(catalog.categories.findById(vitamins.getId()).orElseThrow().getDetails().name()).isEqualTo("Vitamins");
        }

        @Test
        void keepingTheOwnNameInAnotherCaseIsNoConflictButAnotherCategorysNameIs() {
            Category vitamins = catalog.category("Vitamins");
            catalog.category("Minerals");

            assertThat(updateCategory.update(vitamins.getId(), new CategoryDetails("VITAMINS", null), null)
                    .getDetails().name()).isEqualTo("VITAMINS");
            assertThatExceptionOfType(DuplicateValueException.class).isThrownBy(() -> updateCategory.update(
                    vitamins.getId(), new CategoryDetails("minerals", null), null));
        }

        @Test
        void anUnknownIdIsNotFound() {
            assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> updateCategory.update(
                    CategoryId.newId(), new CategoryDetails("Minerals", null), null));
        }
    }

    @Nested
    class Delete {

        private final DeleteCategoryService deleteCategory = new DeleteCategoryService(catalog.categories);

        @Test
        void deletesAnEmptyCategory() {
            Category vitamins = catalog.category("Vitamins");

            deleteCategory.delete(vitamins.getId());

            assertThat(catalog.categories.existsById(vitamins.getId())).isFalse();
        }

        @Test
        void refusesACategoryWithProductsEvenDeletedOnes() {
            Category vitamins = catalog.category("Vitamins");
            var product = catalog.product("Vitamin C", "3.50", 5, vitamins.getId());
            product.deactivate(CLOCK);
            catalog.products.save(product);

            assertThatExceptionOfType(CategoryHasProductsException.class).isThrownBy(() -> deleteCategory.delete(vitamins.getId()));
            assertThat(catalog.categories.existsById(vitamins.getId())).isTrue();
        }

        @Test
        void anUnknownIdIsNotFound() {
            assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> deleteCategory.delete(CategoryId.newId()));
        }
    }

    @Nested
    class Read {

        @Test
        void getAnswersTheCategoryOrNotFound() {
            Category vitamins = catalog.category("Vitamins");
            FindCategoriesService getCategory = new FindCategoriesService(catalog.categories);

            assertThat(getCategory.get(vitamins.getId()).getDetails().name()).isEqualTo("Vitamins");
            assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> getCategory.get(CategoryId.newId()));
        }

        @Test
        void listPagesByNameByDefaultOrAsAsked() {
            catalog.category("Minerals");
            catalog.category("Allergy");
            catalog.category("Vitamins");
            FindCategoriesService listCategories = new FindCategoriesService(catalog.categories);

            assertThat(listCategories.list(PageRequest.of(0, 2)).content())
                    .extracting(c -> c.getDetails().name()).containsExactly("Allergy", "Minerals");
            assertThat(listCategories.list(PageRequest.of(0, 5, SortOrder.desc("name"))).content())
                    .extracting(c -> c.getDetails().name()).containsExactly("Vitamins", "Minerals", "Allergy");
            assertThat(listCategories.list(PageRequest.of(1, 2)).totalElements()).isEqualTo(3);
        }
    }
}
