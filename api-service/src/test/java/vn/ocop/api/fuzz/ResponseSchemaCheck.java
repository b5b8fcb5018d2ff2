package vn.ocop.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an answer against the served response schema, as far as practical: required properties present, JSON types
 * (integer, number, string, boolean, object, array), enum values and the date / date-time formats, recursively
 * through properties, items and additionalProperties.
 *
 * <p>Absent and {@code null} are taken alike for properties that are not required: the served schemas mark no
 * property nullable, while the service writes {@code null} for an empty optional field.
 */
final class ResponseSchemaCheck {

    private static final int MAX_VIOLATIONS = 5;

    private final ApiDocument document;

    ResponseSchemaCheck(ApiDocument document) {
        this.document = document;
    }

    /** The violations (JSON pointer: what is wrong), at most a few. */
    List<String> violations(JsonNode schema, JsonNode value) {
        List<String> out = new ArrayList<>();
        check(schema, value, "", out, 0);
        return out;
    }

    private void check(JsonNode raw, JsonNode value, String pointer, List<String> out, int depth) {
        if (out.size() >= MAX_VIOLATIONS || depth > 40 || raw == null || raw.isMissingNode()) {
            return;
        }
        JsonNode schema = document.resolve(raw);
        if (value == null || value.isNull()) {
            if (!nullable(schema) && depth == 0) {
                out.add(at(pointer) + ": null instead of " + ValidValues.type(schema));
            }
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value) || (allowed.isTextual() && allowed.asText().equals(value.asText()));
            }
            if (!listed) {
                out.add(at(pointer) + ": " + abbreviate(value) + " is not one of " + schema.get("enum"));
                return;
            }
        }
        String type = ValidValues.type(schema);
        switch (type) {
            case "object" -> {
                if (!value.isObject()) {
                    wrongType(pointer, type, value, out);
                    return;
                }
                Set<String> required = new HashSet<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                for (String name : required) {
                    if (!value.has(name) || value.get(name).isNull()) {
                        out.add(at(pointer + "/" + name) + ": required property missing");
                    }
                }
                Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    if (value.has(property.getKey())) {
                        check(property.getValue(), value.get(property.getKey()), pointer + "/" + property.getKey(),
                                out, depth + 1);
                    }
                }
                JsonNode additional = schema.get("additionalProperties");
                if (additional != null && additional.isObject()) {
                    value.fields().forEachRemaining(e -> {
                        if (!schema.path("properties").has(e.getKey())) {
                            check(additional, e.getValue(), pointer + "/" + e.getKey(), out, depth + 1);
                        }
                    });
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    wrongType(pointer, type, value, out);
                    return;
                }
                for (int i = 0; i < value.size() && out.size() < MAX_VIOLATIONS; i++) {
                    check(schema.get("items"), value.get(i), pointer + "/" + i, out, depth + 1);
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber() && !(value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0)) {
                    wrongType(pointer, type, value, out);
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    wrongType(pointer, type, value, out);
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    wrongType(pointer, type, value, out);
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    wrongType(pointer, type, value, out);
                    return;
                }
                String format = schema.path("format").asText("");
                if (format.equals("date") && !isDate(value.asText())) {
                    out.add(at(pointer) + ": \"" + value.asText() + "\" is not a date");
                } else if (format.equals("date-time") && !isDateTime(value.asText())) {
                    out.add(at(pointer) + ": \"" + value.asText() + "\" is not a date-time");
                }
            }
            default -> {
                // no type: anything goes
            }
        }
    }

    private static boolean nullable(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (t.asText().equals("null")) {
                    return true;
                }
            }
        }
        return schema.path("nullable").asBoolean(false);
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void wrongType(String pointer, String type, JsonNode value, List<String> out) {
        out.add(at(pointer) + ": " + value.getNodeType().name().toLowerCase() + " " + abbreviate(value) + " instead of "
                + type);
    }

    private static String at(String pointer) {
        return pointer.isEmpty() ? "/" : pointer;
    }

    private static String abbreviate(JsonNode value) {
        String text = value.toString();
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
