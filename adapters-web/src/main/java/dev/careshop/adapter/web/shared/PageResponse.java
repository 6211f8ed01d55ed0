package dev.careshop.adapter.web.shared;

import dev.careshop.domain.shared.paging.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;

/** The body of every list: one page of items and where it lies in the whole list. */
public record PageResponse<T>(List<T> content, PageMetadata page) {

    @Schema(name = "PageMetadata")
    public record PageMetadata(
            @Schema(example = "20") int size,
            @Schema(example = "0") int number,
            @Schema(example = "42") long totalElements,
            @Schema(example = "3") int totalPages) {
    }

    public static <D, T> PageResponse<T> of(Page<D> page, Function<? super D, ? extends T> mapper) {
        return new PageResponse<>(page.content().stream().<T>map(mapper).toList(),
                new PageMetadata(page.size(), page.number(), page.totalElements(), page.totalPages()));
    }
}
