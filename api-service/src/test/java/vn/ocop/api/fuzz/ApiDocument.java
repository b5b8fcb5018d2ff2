package vn.ocop.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The served OpenAPI document read with Jackson's tree model: its operations, and schemas with {@code $ref}s
 * resolved (OpenAPI 3.1 allows siblings next to a {@code $ref}: they are merged over the referenced schema).
 */
final class ApiDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** One parameter of an operation (path, query or header). */
    record Parameter(String name, String in, boolean required, JsonNode schema, JsonNode example) {
    }

    /**
     * One operation. {@code bodies}: request media type → schema (empty without a body); {@code responses}: status
     * ("200", "default") → media type → schema (a missing schema is an empty object node).
     */
    record Operation(String method, String path, List<Parameter> parameters, Map<String, JsonNode> bodies,
            boolean bodyRequired, Map<String, Map<String, JsonNode>> responses) {

        String key() {
            return method + " " + path;
        }

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        boolean hasIfMatch() {
            return parameters.stream().anyMatch(p -> p.in().equals("header") && p.name().equalsIgnoreCase("If-Match"));
        }
    }

    private final JsonNode root;

    ApiDocument(JsonNode root) {
        this.root = root;
    }

    /** Every operation: reads first, then updates, creations and actions, deletions last. */
    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode item = path.getValue();
            Iterator<Map.Entry<String, JsonNode>> methods = item.fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> entry = methods.next();
                if (METHODS.contains(entry.getKey())) {
                    operations.add(operation(entry.getKey().toUpperCase(), path.getKey(), item, entry.getValue()));
                }
            }
        }
        // Within actions and deletions the deepest paths first: a plan's targets before the plan, a round's sheets
        // and decisions before the round's closure (which ends everything below it).
        operations.sort(Comparator.comparingInt((Operation o) -> order(o.method()))
                .thenComparingInt(o -> o.method().equals("DELETE") || o.method().equals("POST")
                        ? -o.path().split("/").length : 0)
                .thenComparing(Operation::path));
        return operations;
    }

    private static int order(String method) {
        return switch (method) {
            case "GET" -> 0;
            case "PUT", "PATCH" -> 1;
            case "POST" -> 2;
            default -> 3;
        };
    }

    private Operation operation(String method, String path, JsonNode item, JsonNode node) {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (JsonNode list : List.of(item.path("parameters"), node.path("parameters"))) {
            for (JsonNode p : list) {
                JsonNode parameter = resolve(p);
                String name = parameter.path("name").asText();
                String in = parameter.path("in").asText();
                parameters.put(in + ":" + name, new Parameter(name, in,
                        parameter.path("required").asBoolean(in.equals("path")), resolve(parameter.path("schema")),
                        parameter.get("example")));
            }
        }
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        JsonNode body = resolve(node.path("requestBody"));
        // Schemas stay as written (a $ref names the component, which the value generator needs); users resolve them.
        body.path("content").fields().forEachRemaining(e -> bodies.put(e.getKey(), e.getValue().path("schema")));
        Map<String, Map<String, JsonNode>> responses = new LinkedHashMap<>();
        node.path("responses").fields().forEachRemaining(e -> {
            Map<String, JsonNode> content = new LinkedHashMap<>();
            resolve(e.getValue()).path("content").fields()
                    .forEachRemaining(c -> content.put(c.getKey(), resolve(c.getValue().path("schema"))));
            responses.put(e.getKey(), content);
        });
        return new Operation(method, path, List.copyOf(parameters.values()), bodies,
                body.path("required").asBoolean(false), responses);
    }

    /**
     * The schema (or parameter, body, response) with its {@code $ref} followed; the referencing node's other
     * members (description, examples, a repeated type) are laid over the target. Nested schemas are resolved when
     * they are visited, so recursive schemas are fine.
     */
    JsonNode resolve(JsonNode node) {
        int hops = 0;
        while (node != null && node.has("$ref")) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#/") || ++hops > 20) {
                throw new IllegalStateException("cannot resolve " + ref);
            }
            JsonNode target = root.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new IllegalStateException("dangling " + ref);
            }
            ObjectNode merged = target.deepCopy();
            node.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("$ref")) {
                    merged.set(e.getKey(), e.getValue());
                }
            });
            node = merged;
        }
        return node == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node;
    }
}
