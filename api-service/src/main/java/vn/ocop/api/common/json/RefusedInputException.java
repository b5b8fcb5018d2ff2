package vn.ocop.api.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value this API refuses although Jackson could read it (text with a NUL or an unpaired surrogate, a number
 * where text is expected, a date out of range). Jackson adds the field path on its way out; the reason is a message
 * key, rendered in the caller's language by {@code JsonProblems}.
 */
public class RefusedInputException extends MismatchedInputException {

    private final String reasonKey;
    private final transient Object[] args;

    public RefusedInputException(JsonParser parser, Class<?> targetType, String reasonKey, Object... args) {
        super(parser, reasonKey, targetType);
        this.reasonKey = reasonKey;
        this.args = args;
    }

    /** Message key of the reason (messages_vi/en.properties). */
    public String reasonKey() {
        return reasonKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
