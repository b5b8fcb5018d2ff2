package vn.ocop.api.common.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.ocop.api.common.i18n.Messages;
import vn.ocop.api.common.json.RefusedInputException;

/**
 * Problems of the strict JSON rules ({@code vn.ocop.api.common.json.StrictJson}), each naming the field in the
 * caller's language: an unknown field (with the accepted ones), a duplicate key, data after the value, a value of
 * the wrong JSON type, a number out of range, null for a primitive, refused text. Anything else is left to the
 * general JSON mapping of {@link ProblemMappers#mapJson}.
 */
final class JsonProblems {

    private JsonProblems() {
    }

    /** The problem answer for a strict-JSON refusal, or null when the failure is not one of them. */
    static Response respond(JsonProcessingException e, Locale locale, String path) {
        FieldError error = fieldError(e, locale);
        if (error == null) {
            if (isTrailingData(e)) {
                return ProblemResponses.builder(ProblemType.MALFORMED_REQUEST,
                        Messages.get(locale, "detail.json-trailing-data"), List.of(), locale, path).build();
            }
            return null;
        }
        return ProblemResponses.builder(ProblemType.MALFORMED_REQUEST, Messages.get(locale, "detail.invalid-fields", 1),
                List.of(error), locale, path).build();
    }

    private static FieldError fieldError(JsonProcessingException e, Locale locale) {
        if (e.getClass() == JsonMappingException.class && e.getCause() instanceof StreamReadException read) {
            // A parser error inside a nested value, wrapped by the bean reading it: the parser knows the exact place.
            return fieldError(read, locale);
        }
        if (e instanceof RefusedInputException refused) {
            return new FieldError(path(refused), Messages.get(locale, refused.reasonKey(), refused.args()));
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new FieldError(path(unknown), Messages.get(locale, "reason.unknown-field", accepted(unknown)));
        }
        if (e instanceof InvalidFormatException invalid && expectedKey(invalid.getTargetType()) != null) {
            return new FieldError(path(invalid), Messages.get(locale, expectedKey(invalid.getTargetType())));
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()
                && mismatch.getTargetType() != null) {
            String message = Objects.toString(mismatch.getOriginalMessage(), "");
            if (mismatch.getTargetType().isPrimitive() && message.startsWith("Cannot map `null`")) {
                return new FieldError(path(mismatch), Messages.get(locale, "reason.null-not-allowed"));
            }
            String expected = expectedKey(mismatch.getTargetType());
            if (expected != null && (message.startsWith("Cannot deserialize value of type")
                    || message.startsWith("Cannot coerce"))) {
                return new FieldError(path(mismatch), Messages.get(locale, expected));
            }
            return null;
        }
        if (e instanceof InputCoercionException coercion) {
            return new FieldError(parserPath(coercion.getProcessor()), Messages.get(locale, "reason.number-out-of-range"));
        }
        if (e instanceof StreamReadException read
                && Objects.toString(read.getOriginalMessage(), "").startsWith("Duplicate field")) {
            return new FieldError(parserPath(read.getProcessor()), Messages.get(locale, "reason.duplicate-field"));
        }
        return null;
    }

    private static boolean isTrailingData(JsonProcessingException e) {
        return e instanceof MismatchedInputException
                && Objects.toString(e.getOriginalMessage(), "").startsWith("Trailing token");
    }

    /** The message key naming the JSON type a field of this Java type takes, or null for other types. */
    private static String expectedKey(Class<?> type) {
        if (type == null) {
            return null;
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "reason.expected-integer";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class
                || type == BigDecimal.class) {
            return "reason.expected-number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "reason.expected-boolean";
        }
        if (type == String.class) {
            return "reason.expected-text";
        }
        return null;
    }

    private static String accepted(UnrecognizedPropertyException e) {
        Collection<Object> known = e.getKnownPropertyIds();
        if (known == null || known.isEmpty()) {
            return "-";
        }
        return known.stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new)).stream()
                .collect(Collectors.joining(", "));
    }

    /** "targets[0].value" from a mapping exception's path. */
    static String path(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** The same path from where a parser stopped (errors of the parser itself carry no mapping path). */
    static String parserPath(Object processor) {
        if (!(processor instanceof JsonParser parser)) {
            return "";
        }
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inObject() && context.getCurrentName() != null) {
                parts.push("." + context.getCurrentName());
            } else if (context.inArray()) {
                parts.push("[" + Math.max(context.getCurrentIndex(), 0) + "]");
            }
        }
        String field = String.join("", parts);
        return field.startsWith(".") ? field.substring(1) : field;
    }
}
