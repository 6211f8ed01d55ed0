package dev.careshop.application.fakes;

import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shared.paging.SortOrder;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Sorting and slicing as the persistence adapters do it: requested orders or the default, then the id as last key. */
public final class Pages {

    private Pages() {
    }

    public static <T> Page<T> page(Stream<T> matches, PageRequest request, Map<String, Comparator<T>> sortable,
                            Comparator<T> defaultOrder, Comparator<T> byId) {
        Comparator<T> order = request.sort().isEmpty() ? defaultOrder : request.sort().stream()
                .map(sortOrder -> comparator(sortOrder, sortable))
                .reduce(Comparator::thenComparing)
                .orElseThrow();
        List<T> all = matches.sorted(order.thenComparing(byId)).toList();
        List<T> content = all.stream().skip(request.offset()).limit(request.size()).toList();
        return new Page<>(content, request.page(), request.size(), all.size());
    }

    private static <T> Comparator<T> comparator(SortOrder sortOrder, Map<String, Comparator<T>> sortable) {
        Comparator<T> ascending = sortable.get(sortOrder.property());
        if (ascending == null) {
            throw new IllegalArgumentException("cannot sort by " + sortOrder.property() + "; sortable: " + sortable.keySet());
        }
        return sortOrder.direction() == SortOrder.Direction.ASC ? ascending : ascending.reversed();
    }
}
