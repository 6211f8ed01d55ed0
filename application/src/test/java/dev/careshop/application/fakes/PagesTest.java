package dev.careshop.application.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shared.paging.SortOrder;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What only the fakes promise. Everything else they share with the JPA adapters is a repository contract
 * ({@code application.contract}), which both run.
 */
class PagesTest {

    private static final Map<String, Comparator<String>> SORTABLE = Map.of("length", Comparator.comparing(String::length));

    @Test
    void anUnknownSortPropertyIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Pages.page(Stream.of("a"), PageRequest.of(0, 20, SortOrder.asc("password")),
                SORTABLE, Comparator.naturalOrder(), Comparator.naturalOrder()));
    }

    @Test
    void theLastKeyBreaksTiesOfTheRequestedOrder() {
        Page<String> page = Pages.page(Stream.of("bb", "c", "aa", "b"), PageRequest.of(0, 3, SortOrder.desc("length")),
                SORTABLE, Comparator.naturalOrder(), Comparator.naturalOrder());

        assertThat(page.content()).containsExactly("aa", "bb", "b");
        assertThat(page.totalElements()).isEqualTo(4);
    }
}
