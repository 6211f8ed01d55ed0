package dev.careshop.adapter.persistence.shared;

import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shared.paging.SortOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Translates the domain's paging types to Spring Data's and back. */
public final class Paging {

    private Paging() {
    }

    /**
     * The domain's page request as a {@link Pageable}. Sort properties are entity attribute names (the web adapter
     * has whitelisted them); the id is always the last key, so that rows with equal sort values never swap between pages.
     * A default sort that already names the id (e.g. newest first, id descending) keeps its own direction.
     */
    public static Pageable toPageable(PageRequest request, Sort defaultSort) {
        List<Sort.Order> orders = new ArrayList<>();
        for (SortOrder order : request.sort()) {
            orders.add(order.direction() == SortOrder.Direction.ASC
                    ? Sort.Order.asc(order.property())
                    : Sort.Order.desc(order.property()));
        }
        Sort sort = orders.isEmpty() ? defaultSort : Sort.by(orders);
        Sort stable = sort.getOrderFor("id") == null ? sort.and(Sort.by("id")) : sort;
        return org.springframework.data.domain.PageRequest.of(request.page(), request.size(), stable);
    }

    public static <E, D> Page<D> toPage(org.springframework.data.domain.Page<E> page, Function<E, D> mapper) {
        return new Page<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements());
    }
}
