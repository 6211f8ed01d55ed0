package dev.careshop.domain.shop.category;

import static dev.careshop.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.domain.shared.StaleVersionException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CategoryTest {

    private static final Instant NOW = Instant.parse("2026-03-15T09:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Clock LATER_CLOCK = Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC);

    @Nested
    class Details {

        @Test
        void trimsTheNameAndTurnsABlankDescriptionIntoNone() {
            CategoryDetails details = new CategoryDetails("  Vitamins  ", "   ");

            assertThat(details.name()).isEqualTo("Vitamins");
            assertThat(details.description()).isNull();
        }

        @Test
        void acceptsTheLongestNameAndDescription() {
            CategoryDetails details = new CategoryDetails("n".repeat(100), "d".repeat(1000));

            assertThat(details.name()).hasSize(100);
            assertThat(details.description()).hasSize(1000);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void requiresAName(String name) {
            assertInvalid("name", () -> new CategoryDetails(name, null));
            assertInvalid("name", () -> new CategoryDetails(null, null));
        }

        @Test
        void refusesTooLongValues() {
            assertInvalid("name", () -> new CategoryDetails("n".repeat(101), null));
            assertInvalid("description", () -> new CategoryDetails("Vitamins", "d".repeat(1001)));
        }

        @Test
        void refusesTheNulCharacter() {
            assertInvalid("name", () -> new CategoryDetails("Vita\u0000mins", null));
        }
    }

    @Test
    void createStampsBothInstantsAndStartsAtVersionZero() {
        Category category = Category.create(new CategoryDetails("Vitamins", null), CLOCK);

        assertThat(category.getCreatedAt()).isEqualTo(NOW);
        assertThat(category.getUpdatedAt()).isEqualTo(NOW);
        assertThat(category.getVersion()).isZero();
        assertThat(category.getId().value().version()).isEqualTo(7);
    }

    @Test
    void updateReplacesTheDetailsAndStampsUpdatedAt() {
        Category category = Category.create(new CategoryDetails("Vitamins", null), CLOCK);
        CategoryDetails changed = new CategoryDetails("Minerals", "Iron, zinc");

        category.update(changed, 0L, LATER_CLOCK);

        assertThat(category.getDetails()).isEqualTo(changed);
        assertThat(category.getUpdatedAt()).isEqualTo(LATER_CLOCK.instant());
        assertThat(category.getCreatedAt()).isEqualTo(NOW);
    }

    @Test
    void updateWithAStaleVersionChangesNothing() {
        Category category = Category.rehydrate(CategoryId.newId(), new CategoryDetails("Vitamins", null), NOW, NOW, 3);

        assertThatExceptionOfType(StaleVersionException.class)
                .isThrownBy(() -> category.update(new CategoryDetails("Minerals", null), 2L, LATER_CLOCK));
        assertThat(category.getDetails().name()).isEqualTo("Vitamins");
        assertThat(category.getUpdatedAt()).isEqualTo(NOW);
    }
}
