package vn.ocop.api.common.problem;

import java.util.List;

/**
 * A refused request, thrown by services and turned into problem+json by {@link ProblemMappers}.
 * The detail is a message key with arguments, so it is rendered in the caller's language.
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final String detailKey;
    private final transient Object[] args;
    private final List<FieldError> errors;

    public ApiException(ProblemType type, String detailKey, List<FieldError> errors, Object... args) {
        super(detailKey);
        this.type = type;
        this.detailKey = detailKey;
        this.args = args;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** 404: {@code what} (a message key such as "entity.producer") with {@code id} does not exist. */
    public static ApiException notFound(String entityKey, Object id) {
        return new ApiException(ProblemType.NOT_FOUND, "detail.not-found", List.of(), entityKey, id);
    }

    /** 400 with one field error whose reason is a message key. */
    public static ApiException invalidField(String field, String reasonKey, Object... args) {
        return new ApiException(ProblemType.VALIDATION, "detail.invalid-fields",
                List.of(new FieldError(field, reasonKey)), args);
    }

    /** 409 with one field error whose reason is a message key. */
    public static ApiException conflict(String field, String reasonKey, Object... args) {
        return new ApiException(ProblemType.CONFLICT, "detail.conflict",
                List.of(new FieldError(field, reasonKey)), args);
    }

    /** 409 about the state of a resource, not one field. */
    public static ApiException stateConflict(String detailKey, Object... args) {
        return new ApiException(ProblemType.CONFLICT, detailKey, List.of(), args);
    }

    public ProblemType type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** Field errors whose reasons are message keys (rendered with {@link #args()}). */
    public List<FieldError> errors() {
        return errors;
    }
}
