package dev.careshop.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a repository answers by id, alike for every aggregate whose repository finds, tells existence and deletes by id
 * ({@code findById}, {@code existsById}, a {@code delete} that answers whether the aggregate existed).
 */
final class ById {

    private ById() {
    }

    static <K> void unknownIsNeitherFoundNorExistsNorDeleted(K unknown, Function<K, Optional<?>> find, Predicate<K> exists,
                                                             Predicate<K> delete) {
        assertThat(find.apply(unknown)).isEmpty();
        assertThat(exists.test(unknown)).isFalse();
        assertThat(delete.test(unknown)).isFalse();
    }

    /** Deleting a stored aggregate answers true; in the next use case it is gone, and deleting it again answers false. */
    static <K> void deleteAnswersWhetherItExisted(K stored, Function<K, Optional<?>> find, Predicate<K> delete,
                                                  Runnable nextUseCase) {
        assertThat(delete.test(stored)).isTrue();
        nextUseCase.run();

        assertThat(find.apply(stored)).isEmpty();
        assertThat(delete.test(stored)).isFalse();
    }
}
