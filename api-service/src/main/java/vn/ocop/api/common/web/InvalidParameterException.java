package vn.ocop.api.common.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * A query, path or header parameter whose text is not a value of its type. A {@link WebApplicationException}, so that
 * Quarkus REST passes it on as it is (it turns any other conversion failure of a query or path parameter into a
 * 404); {@code ProblemMappers} makes it a 400 naming the parameter.
 */
public class InvalidParameterException extends WebApplicationException {

    private static final int SHOWN = 40;

    private final String name;
    private final String value;
    private final String reasonKey;
    private final long min;
    private final long max;

    public InvalidParameterException(String name, String value, String reasonKey, long min, long max) {
        super("Invalid parameter " + name, Response.Status.BAD_REQUEST);
        this.name = name;
        this.value = value;
        this.reasonKey = reasonKey;
        this.min = min;
        this.max = max;
    }

    public String name() {
        return name;
    }

    /** The refused text, cut to a readable length. */
    public String shownValue() {
        return value == null || value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "…";
    }

    public String reasonKey() {
        return reasonKey;
    }

    public long min() {
        return min;
    }

    public long max() {
        return max;
    }
}
