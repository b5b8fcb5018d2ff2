package vn.ocop.api.common.web;

import io.quarkus.panache.common.Sort;
import java.util.Map;
import vn.ocop.api.common.problem.ApiException;

/** Turns a {@code sort} query parameter into a Panache {@link Sort} over an allow-list of fields. */
public final class SortSpec {

    private SortSpec() {
    }

    /**
     * @param allowed API field name → entity attribute path
     * @param fallback sort used when the parameter is empty (always followed by id, so pages are stable)
     */
    public static Sort parse(String sort, Map<String, String> allowed, String fallback) {
        String spec = sort == null || sort.isBlank() ? fallback : sort;
        Sort result = null;
        for (String part : spec.split(",")) {
            boolean descending = part.startsWith("-");
            String field = descending ? part.substring(1) : part;
            String column = allowed.get(field);
            if (column == null) {
                throw ApiException.invalidField("sort", "reason.invalid-value", field);
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            result = result == null ? Sort.by(column, direction) : result.and(column, direction);
        }
        return result.and("id", Sort.Direction.Ascending);
    }

    /** The ORDER BY list (without the keywords) of a sort from {@link #parse}, attributes qualified by alias. */
    public static String orderBy(Sort sort, String alias) {
        StringBuilder order = new StringBuilder();
        for (Sort.Column column : sort.getColumns()) {
            if (order.length() > 0) {
                order.append(", ");
            }
            order.append(alias).append('.').append(column.getName())
                    .append(column.getDirection() == Sort.Direction.Descending ? " desc" : " asc");
        }
        return order.toString();
    }
}
