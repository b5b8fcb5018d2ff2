package vn.ocop.api.common.web;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with the total number of matching items. */
@Schema(name = "Page")
public record PageResponse<T>(
        @Schema(description = "Items of this page") List<T> items,
        @Schema(description = "Number of items matching the filter, over all pages", example = "42") long total,
        @Schema(description = "Page index, from 0", example = "0") int page,
        @Schema(description = "Page size", example = "20") int size) {

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), total, page, size);
    }
}
