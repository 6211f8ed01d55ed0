package dev.careshop.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IdsTest {

    private static List<UUID> generate(int count) {
        return Stream.generate(Ids::timeOrdered).limit(count).toList();
    }

    @Test
    void isVersion7() {
        assertThat(generate(1_000)).allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
    }

    @Test
    void hasTheRfc9562Variant() {
        assertThat(generate(1_000)).allSatisfy(id -> assertThat(id.variant()).isEqualTo(2));
    }

    @Test
    void startsWithTheCurrentUnixMillis() {
        long before = System.currentTimeMillis();
        UUID id = Ids.timeOrdered();
        long after = System.currentTimeMillis();

        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
    }

    @Test
    void idsGeneratedTwoMillisecondsApartSortInOrder() throws InterruptedException {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(Ids.timeOrdered());
            Thread.sleep(2);
        }

        assertThat(ids).isSorted();
        assertThat(ids.stream().map(UUID::toString).toList()).isSorted();
    }

    @Test
    void isUniqueOverTenThousandIds() {
        assertThat(generate(10_000)).doesNotHaveDuplicates();
    }
}
