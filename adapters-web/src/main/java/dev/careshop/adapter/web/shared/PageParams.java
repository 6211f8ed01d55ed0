package dev.careshop.adapter.web.shared;

import dev.careshop.domain.shared.InvalidValueException;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shared.paging.SortOrder;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The paging query parameters every list accepts: {@code page}, {@code size} and repeatable {@code sort=field,dir}.
 * Spring splits a single {@code sort=name,asc} into two values but keeps {@code sort=a,asc&sort=b} as two, so the
 * values are read as a flat token stream: each field may be followed by a direction.
 */
public record PageParams(
        @Parameter(description = "0-based page number", example = "0")
        @Min(value = 0, message = "must be 0 or greater")
        Integer page,
        @Parameter(description = "page size, at most " + PageRequest.MAX_SIZE, example = "20")
        @Min(value = 1, message = "must be between 1 and " + PageRequest.MAX_SIZE)
        @Max(value = PageRequest.MAX_SIZE, message = "must be between 1 and " + PageRequest.MAX_SIZE)
        Integer size,
        @Parameter(description = "sort order, `field,asc` or `field,desc`; repeatable. Allowed fields are listed per resource.",
                example = "createdAt,desc")
        List<String> sort) {

    /** The request, with sort fields checked against {@code allowed}; an unknown field is a 400. */
    public PageRequest toPageRequest(Set<String> allowed) {
        return new PageRequest(page == null ? 0 : page, size == null ? PageRequest.DEFAULT_SIZE : size, sortOrders(allowed));
    }

    private List<SortOrder> sortOrders(Set<String> allowed) {
        List<String> tokens = sort == null ? List.of() : sort.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(token -> !token.isEmpty())
                .toList();
        List<SortOrder> orders = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String field = tokens.get(i);
            if (!allowed.contains(field)) {
                throw new InvalidValueException("sort", "cannot sort by '" + field + "'; allowed: " + allowed.stream().sorted().toList());
            }
            SortOrder.Direction direction = SortOrder.Direction.ASC;
            if (i + 1 < tokens.size() && isDirection(tokens.get(i + 1))) {
                direction = SortOrder.Direction.valueOf(tokens.get(++i).toUpperCase(Locale.ROOT));
            }
            orders.add(new SortOrder(field, direction));
        }
        return orders;
    }

    private static boolean isDirection(String token) {
        return token.equalsIgnoreCase("asc") || token.equalsIgnoreCase("desc");
    }
}
