package dev.careshop.domain.shared.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageTest {

    @ParameterizedTest(name = "{0} elements in pages of {1} -> {2} pages")
    @CsvSource({
            "0,   20, 0",
            "1,   20, 1",
            "19,  20, 1",
            "20,  20, 1",
            "21,  20, 2",
            "100, 10, 10",
            "101, 10, 11",
            "5,   0,  0"
    })
    void countsPagesRoundingUp(long totalElements, int size, int expectedPages) {
        assertThat(new Page<>(List.of(), 0, size, totalElements).totalPages()).isEqualTo(expectedPages);
    }

    @Test
    void mapTransformsContentAndKeepsPosition() {
        Page<Integer> page = new Page<>(List.of(1, 2, 3), 2, 3, 11);

        Page<String> mapped = page.map(n -> "#" + n);

        assertThat(mapped.content()).containsExactly("#1", "#2", "#3");
        assertThat(mapped.number()).isEqualTo(2);
        assertThat(mapped.size()).isEqualTo(3);
        assertThat(mapped.totalElements()).isEqualTo(11);
        assertThat(mapped.totalPages()).isEqualTo(4);
    }

    @Test
    void keepsItsOwnUnmodifiableCopyOfContent() {
        List<String> content = new ArrayList<>(List.of("a"));
        Page<String> page = new Page<>(content, 0, 20, 1);

        content.add("b");

        assertThat(page.content()).containsExactly("a");
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> page.content().add("c"));
    }
}
