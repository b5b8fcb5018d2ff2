package vn.ocop.api.common.web;

import jakarta.ws.rs.core.EntityTag;
import java.util.List;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.problem.FieldError;
import vn.ocop.api.common.problem.ProblemType;

/**
 * Optimistic concurrency over HTTP: every resource answers with an {@code ETag} made from its row version,
 * and every update or delete must send it back in {@code If-Match}. Missing → 428, malformed → 400,
 * stale → 412 (checked by the service inside its transaction, see {@link #checkVersion}).
 */
public final class ETags {

    public static final String IF_MATCH = "If-Match";

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version a client expects, from its If-Match header ({@code "3"} or {@code W/"3"}). */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(ProblemType.PRECONDITION_REQUIRED, "detail.if-match-required", List.of());
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ApiException(ProblemType.VALIDATION, "detail.invalid-fields",
                    List.of(new FieldError(IF_MATCH, "reason.invalid-format")));
        }
    }

    /** 412 when the stored version is not the one the client read. */
    public static void checkVersion(long expected, long current) {
        if (expected != current) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED, "detail.stale", List.of(), current);
        }
    }
}
