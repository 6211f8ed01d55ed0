package dev.careshop.application.fakes;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The rows of one in-memory table. It behaves like a JPA entity with {@code @Version}: a new row is stored at
 * version 0, a save that changes the row bumps the version by one, a save that changes nothing keeps it. Rows go in
 * and come out as copies, so no caller can change stored state without saving.
 *
 * @param <K> the aggregate's id
 * @param <T> the aggregate
 */
public final class Table<K, T> {

    private final Map<K, T> rows = new LinkedHashMap<>();
    private final Function<T, K> id;
    private final Function<T, Long> version;
    private final Function<T, Object> state;
    private final BiFunction<T, Long, T> copyAtVersion;

    /**
     * @param state         everything a save writes, except the version; compared to decide whether a save changes the row
     * @param copyAtVersion rehydrates a fresh copy of an aggregate with the given version
     */
    public Table(Function<T, K> id, Function<T, Long> version, Function<T, Object> state, BiFunction<T, Long, T> copyAtVersion) {
        this.id = id;
        this.version = version;
        this.state = state;
        this.copyAtVersion = copyAtVersion;
    }

    /** Rebuilds, at a version, an aggregate whose state is one value and its two times ({@code Doctor.rehydrate}). */
    @FunctionalInterface
    public interface Rehydrate<K, V, T> {
        T rehydrate(K id, V value, Instant createdAt, Instant updatedAt, long version);
    }

    /**
     * The table of an aggregate whose whole state is one value (a doctor's or a patient's profile, a category's details)
     * and its {@code createdAt} and {@code updatedAt}.
     */
    public static <K, V, T> Table<K, T> ofValueAndTimes(Function<T, K> id, Function<T, Long> version, Function<T, V> value,
                                                        Function<T, Instant> createdAt, Function<T, Instant> updatedAt,
                                                        Rehydrate<K, V, T> rehydrate) {
        return new Table<>(id, version, row -> List.of(value.apply(row), createdAt.apply(row), updatedAt.apply(row)),
                (row, atVersion) -> rehydrate.rehydrate(id.apply(row), value.apply(row), createdAt.apply(row),
                        updatedAt.apply(row), atVersion));
    }

    public T save(T aggregate) {
        T stored = rows.get(id.apply(aggregate));
        long newVersion;
        if (stored == null) {
            newVersion = 0;
        } else if (Objects.equals(state.apply(stored), state.apply(aggregate))) {
            newVersion = version.apply(stored);
        } else {
            newVersion = version.apply(stored) + 1;
        }
        T row = copyAtVersion.apply(aggregate, newVersion);
        rows.put(id.apply(row), row);
        return copy(row);
    }

    public Optional<T> find(K key) {
        return Optional.ofNullable(rows.get(key)).map(this::copy);
    }

    public boolean contains(K key) {
        return rows.containsKey(key);
    }

    public boolean remove(K key) {
        return rows.remove(key) != null;
    }

    public void removeIf(Predicate<T> condition) {
        rows.values().removeIf(condition);
    }

    /** Copies of every row, in insertion order. */
    public Stream<T> all() {
        return rows.values().stream().map(this::copy);
    }

    /** Copies of every row but the aggregate's own, in insertion order. */
    public Stream<T> allBut(T aggregate) {
        K key = id.apply(aggregate);
        return all().filter(row -> !id.apply(row).equals(key));
    }

    public int size() {
        return rows.size();
    }

    private T copy(T row) {
        return copyAtVersion.apply(row, version.apply(row));
    }
}
