package dev.careshop.domain.shared.paging;

import java.util.Objects;

/** One sort key: a property name of the listed resource and a direction. */
public record SortOrder(String property, Direction direction) {

    public enum Direction { ASC, DESC }

    public SortOrder {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(direction, "direction");
    }

    public static SortOrder asc(String property) {
        return new SortOrder(property, Direction.ASC);
    }

    public static SortOrder desc(String property) {
        return new SortOrder(property, Direction.DESC);
    }
}
