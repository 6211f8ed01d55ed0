package dev.careshop.application.fakes;

import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What every in-memory repository of a versioned aggregate does alike: it keeps the rows in a {@link Table}, reads
 * them by id, stores them, refuses a deletion the foreign keys would refuse, and answers pages sorted as the
 * persistence adapters sort them. A subclass adds its aggregate's own rules (unique values, references, cascades) and
 * its searches. Its public methods implement the repository port's methods of the same name.
 *
 * @param <K> the aggregate's id
 * @param <T> the aggregate
 */
public abstract class InMemoryRepository<K, T> {

    protected final Table<K, T> table;
    private final Comparator<T> byId;

    /** @param byId the last sort key of every page, as the adapters break ties by id */
    protected InMemoryRepository(Table<K, T> table, Comparator<T> byId) {
        this.table = table;
        this.byId = byId;
    }

    public Optional<T> findById(K id) {
        return table.find(id);
    }

    public boolean existsById(K id) {
        return table.contains(id);
    }

    public T save(T aggregate) {
        return table.save(aggregate);
    }

    /** How many rows are stored, for tests that check that nothing was. */
    public int count() {
        return table.size();
    }

    /**
     * Deletes the row unless a row elsewhere still refers to it (a foreign key without cascade).
     *
     * @return whether the row existed
     */
    protected boolean deleteUnlessReferenced(K id, Predicate<K> referenced, Function<K, RuntimeException> refusal) {
        if (!table.contains(id)) {
            return false;
        }
        if (referenced.test(id)) {
            throw refusal.apply(id);
        }
        return table.remove(id);
    }

    /** Whether a row other than the aggregate's own has the value a unique index covers. */
    protected boolean anotherRowHas(T aggregate, Predicate<T> sameValue) {
        return table.allBut(aggregate).anyMatch(sameValue);
    }

    protected Page<T> page(Stream<T> matches, PageRequest request, Map<String, Comparator<T>> sortable, Comparator<T> defaultOrder) {
        return Pages.page(matches, request, sortable, defaultOrder, byId);
    }
}
