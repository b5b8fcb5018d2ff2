package vn.ocop.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The input classes: how one parameter, header or body is broken. Each class breaks exactly one thing of an
 * otherwise valid request, so that a failure names its cause.
 */
final class Mutations {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Marker replaced in the serialised body by text Jackson would not write (raw bytes, deep nesting...). */
    static final String MARK = "FZMARK7Q";
    static final String DUPLICATE_MARK = "FZDUPKEY7Q";

    /** Classes for a path or query value (the result is already percent-encoded). */
    static final List<String> PARAMETER_CLASSES = List.of("nul", "huge-string", "long-string", "huge-number",
            "int-overflow", "boundary", "decimal", "not-a-number", "empty", "bad-date", "wrong-enum", "special-chars",
            "invalid-utf8", "lone-surrogate");

    /** Classes for an If-Match header. */
    static final List<String> IF_MATCH_CLASSES = List.of("missing", "stale", "garbage", "huge-string");

    /** Classes that break one value inside a JSON body. */
    static final List<String> FIELD_CLASSES = List.of("nul", "huge-string", "too-long", "huge-number",
            "int-overflow", "boundary", "wrong-type", "null", "bad-date", "wrong-enum", "unknown-field",
            "missing-required", "duplicate-key", "lone-surrogate", "invalid-utf8", "deep-nesting");

    /** Classes that break the body as a whole. */
    static final List<String> BODY_CLASSES = List.of("malformed-json", "trailing-data", "empty-body", "wrong-root",
            "wrong-content-type");

    private Mutations() {
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A broken path or query value, percent-encoded. {@code valid} is the value it replaces. */
    static String parameter(String kind, String valid, Random random) {
        return switch (kind) {
            case "nul" -> random.nextBoolean() ? encode(valid) + "%00" : "a%00b";
            case "huge-string" -> "x".repeat(10_000);
            case "long-string" -> "x".repeat(1_000);
            case "huge-number" -> "9".repeat(25);
            case "int-overflow" -> pick(random, "2147483648", "-2147483649", "9223372036854775808");
            case "boundary" -> pick(random, "2147483647", "-2147483648", "9223372036854775807", "0", "-1", "-30403");
            case "decimal" -> pick(random, "1.5", "1e3", "0x10");
            case "not-a-number" -> pick(random, "abc", "true", "null");
            case "empty" -> "";
            case "bad-date" -> pick(random, "2025-02-30", "-30403-01-01", "%2B999999999-12-31", "20250101", "2025-1-1");
            case "wrong-enum" -> pick(random, "NOT_A_VALUE", "commune", "%20PROVINCE");
            case "special-chars" -> encode(pick(random, "../..", "%", "' or 1=1 --", "Đồng Tâm 日本", ";,/?#[]@", "\\"));
            case "invalid-utf8" -> "a%C0%AFb";
            case "lone-surrogate" -> "a%ED%A0%80b";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** A broken If-Match value, or null to send none. */
    static String ifMatch(String kind, Random random) {
        return switch (kind) {
            case "missing" -> null;
            case "stale" -> "\"999999\"";
            case "garbage" -> pick(random, "abc", "*", "W/\"0\"", "\"-1\"", "\"" + "9".repeat(25) + "\"", "\"\"");
            case "huge-string" -> "\"" + "9".repeat(20_000) + "\"";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /**
     * Breaks one value of {@code root} in place (class {@code kind}); returns what was broken ("/name", "/"), or
     * null when the body has no value this class applies to.
     */
    static String field(String kind, JsonNode root, List<ValidValues.Slot> slots, Random random) {
        List<ValidValues.Slot> candidates = new ArrayList<>();
        for (ValidValues.Slot slot : slots) {
            if (applies(kind, slot) && present(kind, slot, current(slot, root))) {
                candidates.add(slot);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        ValidValues.Slot slot = candidates.get(random.nextInt(candidates.size()));
        JsonNode current = current(slot, root);
        String where = slot.pointer().isEmpty() ? "/" : slot.pointer().replaceAll("/[0-9]+(?=/|$)", "/[]");
        switch (kind) {
            case "unknown-field" -> ((ObjectNode) current).put("fuzzUnknownField", 1);
            case "missing-required" -> {
                List<String> present = new ArrayList<>();
                slot.schema().path("required").forEach(r -> {
                    if (current.has(r.asText())) {
                        present.add(r.asText());
                    }
                });
                String name = present.get(random.nextInt(present.size()));
                ((ObjectNode) current).remove(name);
                return where + (where.endsWith("/") ? "" : "/") + name;
            }
            case "duplicate-key" -> {
                List<String> names = new ArrayList<>();
                current.fieldNames().forEachRemaining(names::add);
                String name = names.get(random.nextInt(names.size()));
                JsonNode value = current.get(name);
                JsonNode other = value.isTextual() ? JSON.textNode(value.asText() + " khác")
                        : value.isIntegralNumber() ? JSON.numberNode(value.asLong() + 1) : value.deepCopy();
                ((ObjectNode) current).set(DUPLICATE_MARK + name, other);
                return where + (where.endsWith("/") ? "" : "/") + name;
            }
            default -> replace(slot, root, broken(kind, slot, current, random));
        }
        return where;
    }

    /** Whether the value the class needs is there (a field to repeat, a required property to drop). */
    private static boolean present(String kind, ValidValues.Slot slot, JsonNode current) {
        if (current == null) {
            return false;
        }
        if (kind.equals("duplicate-key") || kind.equals("unknown-field")) {
            return current.isObject() && (kind.equals("unknown-field") || current.size() > 0);
        }
        if (kind.equals("missing-required")) {
            for (JsonNode r : slot.schema().path("required")) {
                if (current.has(r.asText())) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private static boolean applies(String kind, ValidValues.Slot slot) {
        String type = ValidValues.type(slot.schema());
        boolean leaf = !slot.isRoot();
        return switch (kind) {
            case "nul", "too-long", "lone-surrogate", "invalid-utf8" -> leaf && type.equals("string");
            case "huge-number", "int-overflow" -> leaf && (type.equals("integer") || type.equals("number"));
            case "boundary" -> leaf && (type.equals("integer") || type.equals("number") || type.equals("array")
                    || type.equals("string"));
            case "bad-date" -> leaf && slot.schema().path("format").asText().startsWith("date");
            case "wrong-enum" -> leaf && slot.schema().has("enum");
            case "unknown-field", "duplicate-key" -> type.equals("object") && slot.schema().has("properties");
            case "missing-required" -> type.equals("object") && slot.schema().path("required").size() > 0;
            case "huge-string", "wrong-type", "null", "deep-nesting" -> leaf;
            default -> false;
        };
    }

    private static JsonNode broken(String kind, ValidValues.Slot slot, JsonNode current, Random random) {
        JsonNode schema = slot.schema();
        String type = ValidValues.type(schema);
        String text = current != null && current.isTextual() ? current.asText() : "Đồng Tâm";
        return switch (kind) {
            case "nul" -> JSON.textNode(random.nextBoolean() ? text + "\u0000" : "a\u0000b");
            case "huge-string" -> JSON.textNode("Đồng Tâm ".repeat(12_000));
            case "too-long" -> JSON.textNode("x".repeat(schema.path("maxLength").asInt(255) + 1));
            case "huge-number" -> random.nextBoolean() ? JSON.numberNode(new BigInteger("9".repeat(40)))
                    : JSON.numberNode(new java.math.BigDecimal("1e400"));
            case "int-overflow" -> JSON.numberNode(new BigInteger(pick(random, "2147483648", "-2147483649",
                    "9223372036854775808")));
            case "boundary" -> boundary(schema, type, current, random);
            case "wrong-type" -> wrongType(type, random);
            case "null" -> JSON.nullNode();
            case "bad-date" -> JSON.textNode(pick(random, "2025-02-30", "-30403-01-01", "+999999999-12-31",
                    "20250101", "2025-13-01T00:00:00Z"));
            case "wrong-enum" -> JSON.textNode(pick(random, "NOT_A_VALUE", "commune", " PROVINCE", ""));
            case "lone-surrogate", "invalid-utf8", "deep-nesting" -> JSON.textNode(MARK);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static JsonNode boundary(JsonNode schema, String type, JsonNode current, Random random) {
        if (type.equals("string")) {
            int max = schema.path("maxLength").asInt(-1);
            return JSON.textNode(max > 0 && random.nextBoolean() ? "x".repeat(max) : pick(random, "", " ", "\t"));
        }
        if (type.equals("array")) {
            int max = schema.path("maxItems").asInt(-1);
            ArrayNode array = JSON.arrayNode();
            if (max > 0 && max <= 1000 && current != null && current.size() > 0 && random.nextBoolean()) {
                for (int i = 0; i <= max; i++) {
                    array.add(current.get(0).deepCopy());
                }
            }
            return array;
        }
        List<Long> values = new ArrayList<>(List.of(0L, -1L, (long) Integer.MAX_VALUE, (long) Integer.MIN_VALUE,
                Long.MAX_VALUE, Long.MIN_VALUE, -30403L));
        if (schema.has("minimum")) {
            values.add(schema.get("minimum").asLong() - 1);
        }
        if (schema.has("maximum")) {
            values.add(schema.get("maximum").asLong() + 1);
        }
        return JSON.numberNode(values.get(random.nextInt(values.size())));
    }

    private static JsonNode wrongType(String type, Random random) {
        List<JsonNode> others = new ArrayList<>();
        if (!type.equals("string")) {
            others.add(JSON.textNode(pick(random, "abc", "12", "")));
        }
        if (!type.equals("integer") && !type.equals("number")) {
            others.add(JSON.numberNode(random.nextBoolean() ? 123 : 14.7));
        }
        if (type.equals("integer")) {
            others.add(JSON.numberNode(14.7));
        }
        if (!type.equals("boolean")) {
            others.add(JSON.booleanNode(true));
        }
        if (!type.equals("object")) {
            others.add(JSON.objectNode().put("a", 1));
        }
        if (!type.equals("array")) {
            others.add(JSON.arrayNode().add(1));
        }
        return others.get(random.nextInt(others.size()));
    }

    private static JsonNode current(ValidValues.Slot slot, JsonNode root) {
        if (slot.isRoot()) {
            return root;
        }
        return slot.parent().isArray() ? slot.parent().get(slot.index()) : slot.parent().get(slot.key());
    }

    private static void replace(ValidValues.Slot slot, JsonNode root, JsonNode value) {
        if (slot.parent() instanceof ArrayNode array) {
            array.set(slot.index(), value);
        } else if (slot.parent() instanceof ObjectNode object) {
            object.set(slot.key(), value);
        }
    }

    /** The body's bytes, with markers replaced by what the field class asked for. */
    static byte[] serialise(JsonNode root, String fieldClass) {
        String text;
        try {
            text = MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        text = text.replace("\"" + DUPLICATE_MARK, "\"");
        String quoted = "\"" + MARK + "\"";
        int at = text.indexOf(quoted);
        if (at < 0) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        switch (fieldClass) {
            case "lone-surrogate" -> out.writeBytes("\"a\\ud800b\"".getBytes(StandardCharsets.US_ASCII));
            case "invalid-utf8" -> out.writeBytes(new byte[] {'"', 'a', (byte) 0xC0, (byte) 0xAF, 'b', '"'});
            case "deep-nesting" -> out.writeBytes(("[".repeat(5_000) + "]".repeat(5_000)).getBytes(StandardCharsets.US_ASCII));
            default -> throw new IllegalArgumentException(fieldClass);
        }
        out.writeBytes(text.substring(at + quoted.length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A body broken as a whole, from the valid one. */
    static byte[] wholeBody(String kind, byte[] valid, Random random) {
        String text = new String(valid, StandardCharsets.UTF_8);
        String broken = switch (kind) {
            case "malformed-json" -> pick(random, text.substring(0, Math.max(1, text.length() / 2)),
                    text.replace("\"", "'"), "{\"a\":}", "{", "fuzz", text + "}", "{\"a\" 1}");
            case "trailing-data" -> pick(random, text + " x", text + text, text + "{}", text + ",");
            case "empty-body" -> "";
            case "wrong-root" -> text.startsWith("[") ? pick(random, "{}", "\"x\"", "1", "null", "true")
                    : pick(random, "[]", "[" + text + "]", "\"x\"", "1", "null", "true");
            case "wrong-content-type" -> text;
            default -> throw new IllegalArgumentException(kind);
        };
        return broken.getBytes(StandardCharsets.UTF_8);
    }

    @SafeVarargs
    static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }
}
