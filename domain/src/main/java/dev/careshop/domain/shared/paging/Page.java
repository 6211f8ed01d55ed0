package dev.careshop.domain.shared.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list together with what the client needs to walk the rest. */
public record Page<T>(List<T> content, int number, int size, long totalElements) {

    public Page {
        content = List.copyOf(content);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(content.stream().<R>map(mapper).toList(), number, size, totalElements);
    }
}
