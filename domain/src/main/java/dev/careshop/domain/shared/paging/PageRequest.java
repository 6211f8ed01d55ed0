package dev.careshop.domain.shared.paging;

import dev.careshop.domain.shared.InvalidValueException;
import java.util.List;

/**
 * Which slice of a list to read: a 0-based page number, a page size within {@link #MAX_SIZE}, and sort orders
 * whose properties the caller has already checked against the resource's whitelist.
 */
public record PageRequest(int page, int size, List<SortOrder> sort) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0) {
            throw new InvalidValueException("page", "page must be 0 or greater");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValueException("size", "size must be between 1 and " + MAX_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidValueException("page", "page is too far: page × size must not exceed " + Integer.MAX_VALUE);
        }
        sort = List.copyOf(sort);
    }

    public static PageRequest of(int page, int size, SortOrder... sort) {
        return new PageRequest(page, size, List.of(sort));
    }

    public long offset() {
        return (long) page * size;
    }
}
