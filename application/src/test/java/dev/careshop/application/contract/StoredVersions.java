package dev.careshop.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * The version rules every repository of a versioned aggregate shares, as JPA's {@code @Version} keeps them: a new
 * aggregate is stored at version 0 and read back as it was answered; a save that changes nothing keeps the version;
 * a save of a change bumps it by one, and what is read back is what the save answered.
 */
final class StoredVersions {

    private StoredVersions() {
    }

    /**
     * @param stored  the aggregate as its first save answered it
     * @param find    reads the aggregate back by its id
     * @param save    the repository's save
     * @param change  changes a loaded copy, expecting version 0
     * @return the changed aggregate as its save answered it
     */
    static <T> T newAtZeroThenBumpedOnlyByAChange(T stored, Supplier<Optional<T>> find, UnaryOperator<T> save,
                                                  Consumer<T> change, ToLongFunction<T> version) {
        assertThat(version.applyAsLong(stored)).as("new").isZero();
        assertThat(find.get()).get().usingRecursiveComparison().isEqualTo(stored);
        assertThat(version.applyAsLong(save.apply(find.get().orElseThrow()))).as("unchanged").isZero();

        T loaded = find.get().orElseThrow();
        change.accept(loaded);
        T changed = save.apply(loaded);

        assertThat(version.applyAsLong(changed)).as("changed").isEqualTo(1);
        assertThat(find.get()).get().usingRecursiveComparison().isEqualTo(changed);
        return changed;
    }
}
