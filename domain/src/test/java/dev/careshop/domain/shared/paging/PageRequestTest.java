package dev.careshop.domain.shared.paging;

import static dev.careshop.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

    @Test
    void acceptsFirstPage() {
        assertThat(PageRequest.of(0, 20).page()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, Integer.MIN_VALUE})
    void refusesNegativePage(int page) {
        assertInvalid("page", () -> PageRequest.of(page, 20));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 20, 100})
    void acceptsSizeFromOneToHundred(int size) {
        assertThat(PageRequest.of(0, size).size()).isEqualTo(size);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101})
    void refusesSizeOutsideOneToHundred(int size) {
        assertInvalid("size", () -> PageRequest.of(0, size));
    }

    @Test
    void offsetIsPageTimesSize() {
        assertThat(PageRequest.of(3, 25).offset()).isEqualTo(75);
    }

    @Test
    void acceptsTheFarthestPageWhoseOffsetFitsAnInt() {
        int farthestPage = Integer.MAX_VALUE / 100;

        assertThat(PageRequest.of(farthestPage, 100).offset()).isEqualTo(2_147_483_600L);
    }

    @Test
    void refusesAPageWhoseOffsetExceedsAnInt() {
        assertInvalid("page", () -> PageRequest.of(Integer.MAX_VALUE / 100 + 1, 100));
    }

    @Test
    void keepsSortOrdersInGivenOrder() {
        PageRequest request = PageRequest.of(0, 20, SortOrder.desc("startsAt"), SortOrder.asc("name"));

        assertThat(request.sort()).containsExactly(
                new SortOrder("startsAt", SortOrder.Direction.DESC),
                new SortOrder("name", SortOrder.Direction.ASC));
    }

    @Test
    void keepsItsOwnUnmodifiableCopyOfSortOrders() {
        List<SortOrder> sort = new ArrayList<>(List.of(SortOrder.asc("name")));
        PageRequest request = new PageRequest(0, 20, sort);

        sort.add(SortOrder.desc("birthDate"));

        assertThat(request.sort()).containsExactly(SortOrder.asc("name"));
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> request.sort().add(SortOrder.asc("gender")));
    }
}
