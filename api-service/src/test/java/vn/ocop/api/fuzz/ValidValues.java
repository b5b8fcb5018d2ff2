package vn.ocop.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Schema-valid values: the fixture's records for properties that refer to one ({@link FuzzFixture#hint}), else the
 * schema's examples, enums, formats and bounds. Every generated node is remembered as a {@link Slot} (where it
 * sits, and its schema) so that a mutation can later break exactly one of them.
 */
final class ValidValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String[] WORDS = {"Hợp", "tác", "xã", "Đoàn", "Kết", "chè", "Tân", "Cương", "mật", "ong",
        "bạc", "hà", "sản", "phẩm", "Sơn", "Hà", "muối", "vừng", "Nguyễn", "Thị", "Hạnh"};

    /**
     * A value inside a generated body. {@code parent} is the object or array holding it ({@code null} for the
     * root), {@code key} its property name or index, {@code owner} the name of the component schema it belongs to.
     */
    record Slot(JsonNode parent, String key, int index, JsonNode schema, String owner, String pointer) {
        boolean isRoot() {
            return parent == null;
        }
    }

    private final ApiDocument document;
    private final FuzzFixture fixture;
    private final Random random;
    final List<Slot> slots = new ArrayList<>();

    ValidValues(ApiDocument document, FuzzFixture fixture, Random random) {
        this.document = document;
        this.fixture = fixture;
        this.random = random;
    }

    /** A valid body; {@code minimal}: required properties only. Its {@link #slots} are filled by {@link #walk}. */
    JsonNode body(JsonNode schema, boolean minimal) {
        JsonNode resolved = document.resolve(schema);
        if (resolved.path("type").asText().equals("object") && !resolved.has("properties")
                && resolved.has("additionalProperties")) {
            // A free-form map of strings at the root is a score sheet's answers (criterion → option).
            return fixture.hint(null, "answers", random);
        }
        return value(schema, null, null, minimal, 0);
    }

    /** Records every value of {@code tree} (as it is now) with its schema, for the mutations. */
    void walk(JsonNode tree, JsonNode schema) {
        slots.clear();
        walk(tree, schema, null, null, -1, null, "", 0);
    }

    private void walk(JsonNode node, JsonNode raw, JsonNode parent, String key, int index, String owner,
            String pointer, int depth) {
        JsonNode schema = document.resolve(raw == null ? JSON.objectNode() : raw);
        String schemaName = raw != null && raw.has("$ref") ? refName(raw) : owner;
        slots.add(new Slot(parent, key, index, schema, owner, pointer));
        if (depth > 12) {
            return;
        }
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode child = schema.path("properties").get(name);
                if (child == null && schema.get("additionalProperties") != null
                        && schema.get("additionalProperties").isObject()) {
                    child = schema.get("additionalProperties");
                }
                walk(node.get(name), child, node, name, -1, schemaName, pointer + "/" + name, depth + 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), schema.get("items"), node, null, i, schemaName, pointer + "/" + i, depth + 1);
            }
        }
    }

    /** A valid query or path value (text, as sent on the URL). */
    String parameter(ApiDocument.Parameter parameter) {
        JsonNode hinted = fixture.hint(null, parameter.name(), random);
        if (hinted != null && hinted.isValueNode()) {
            return hinted.asText();
        }
        JsonNode schema = parameter.schema();
        if (parameter.example() != null && !parameter.example().isNull() && random.nextInt(3) > 0
                && !schema.has("enum")) {
            return parameter.example().asText();
        }
        return value(schema, null, parameter.name(), true, 0).asText();
    }

    private JsonNode value(JsonNode raw, String owner, String name, boolean minimal, int depth) {
        JsonNode schema = document.resolve(raw);
        String schemaName = raw.has("$ref") ? refName(raw) : owner;
        // A whole component the fixture knows how to fill validly (a plan target, whose fields depend on its kind).
        JsonNode hinted = raw.has("$ref") ? fixture.hint(null, "#" + schemaName, random) : null;
        if (hinted == null && name != null) {
            hinted = fixture.hint(owner, name, random);
        }
        JsonNode result;
        if (hinted != null) {
            result = hinted;
        } else if (schema.has("enum")) {
            JsonNode values = schema.get("enum");
            result = values.get(random.nextInt(values.size()));
        } else {
            String type = type(schema);
            result = switch (type) {
                case "object" -> object(schema, schemaName, minimal, depth);
                case "array" -> array(schema, schemaName, minimal, depth);
                case "integer" -> example(schema, true) != null ? example(schema, true) : JSON.numberNode(integer(schema));
                case "number" -> example(schema, true) != null ? example(schema, true) : JSON.numberNode(number(schema));
                case "boolean" -> JSON.booleanNode(random.nextBoolean());
                case "string" -> JSON.textNode(string(schema));
                default -> JSON.textNode(string(schema));
            };
        }
        return result;
    }

    private ObjectNode object(JsonNode schema, String owner, boolean minimal, int depth) {
        ObjectNode object = JSON.objectNode();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            boolean include = required.contains(property.getKey())
                    || (!minimal && depth < 4 && random.nextInt(10) < 6);
            if (include) {
                object.set(property.getKey(), value(property.getValue(), owner, property.getKey(), minimal, depth + 1));
            }
        }
        JsonNode additional = schema.get("additionalProperties");
        if (!schema.has("properties") && additional != null && additional.isObject()) {
            object.set("A.1.1", value(additional, owner, "A.1.1", minimal, depth + 1));
        }
        return object;
    }

    private ArrayNode array(JsonNode schema, String owner, boolean minimal, int depth) {
        ArrayNode array = JSON.arrayNode();
        int min = schema.path("minItems").asInt(0);
        int max = Math.min(schema.path("maxItems").asInt(3), 3);
        int count = depth > 3 ? min : Math.max(min, Math.min(max, minimal ? min : 1 + random.nextInt(2)));
        for (int i = 0; i < count; i++) {
            array.add(value(schema.path("items"), owner, null, minimal, depth + 1));
        }
        return array;
    }

    private JsonNode example(JsonNode schema, boolean numeric) {
        JsonNode examples = schema.get("examples");
        if (examples != null && examples.isArray() && !examples.isEmpty() && random.nextInt(3) > 0) {
            JsonNode example = examples.get(random.nextInt(examples.size()));
            if (!numeric || example.isNumber()) {
                return example;
            }
        }
        return null;
    }

    private long integer(JsonNode schema) {
        long min = schema.has("minimum") ? schema.get("minimum").asLong() : 0;
        if (schema.has("exclusiveMinimum")) {
            min = schema.get("exclusiveMinimum").asLong() + 1;
        }
        long max = schema.has("maximum") ? schema.get("maximum").asLong() : min + 100;
        return min + (long) (random.nextDouble() * (max - min + 1));
    }

    private BigDecimal number(JsonNode schema) {
        return BigDecimal.valueOf(integer(schema) * 1000L);
    }

    private String string(JsonNode schema) {
        String format = schema.path("format").asText("");
        if (format.equals("date")) {
            return LocalDate.of(2019, 1, 1).plusDays(random.nextInt(3000)).toString();
        }
        if (format.equals("date-time")) {
            return Instant.parse("2025-01-01T00:00:00Z").plusSeconds(random.nextInt(100_000_000)).toString();
        }
        JsonNode example = example(schema, false);
        if (example != null && example.isTextual()) {
            return example.asText();
        }
        int maxLength = schema.path("maxLength").asInt(120);
        int minLength = schema.path("minLength").asInt(1);
        String pattern = schema.path("pattern").asText(null);
        for (int attempt = 0; attempt < 20; attempt++) {
            String candidate = switch (attempt % 4) {
                case 0 -> words(1 + random.nextInt(4));
                case 1 -> "fz" + random.nextInt(1_000_000);
                case 2 -> Integer.toString(10 + random.nextInt(90));
                default -> attempt < 8 ? "id" : "FOOD_FZ";
            };
            while (candidate.length() < minLength) {
                candidate = candidate + "x";
            }
            if (candidate.length() > maxLength) {
                candidate = candidate.substring(0, maxLength);
            }
            if (pattern == null || Pattern.compile(pattern).matcher(candidate).find()) {
                return candidate;
            }
        }
        return "fz";
    }

    private String words(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    /** The schema's type: the first non-null of a 3.1 type list; "object" for a schema with properties. */
    static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type != null && type.isTextual()) {
            return type.asText();
        }
        if (schema.has("properties") || schema.has("additionalProperties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        return "any";
    }

    static String refName(JsonNode schema) {
        String ref = schema.path("$ref").asText();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
