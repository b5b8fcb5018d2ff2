package vn.ocop.api.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the served document has the problem responses its shape calls for, each with the problem
 * schema and a resolvable example. The rule is restated here on the JSON document, independently of the filter.
 */
@QuarkusTest
class ProblemResponsesDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final List<String> PUBLIC = List.of("/api/v1/public/", "/api/v1/auth/token", "/api/v1/catalogue",
            "/v/");

    private JsonNode document;

    @BeforeEach
    void readDocument() throws IOException {
        document = new ObjectMapper().readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void everyOperationHasTheProblemResponsesOfItsShape() {
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                operations++;
                Set<String> expected = expected(path.getKey(), op.getKey(), op.getValue());
                for (String status : expected) {
                    if (!op.getValue().path("responses").has(status)) {
                        missing.add(op.getKey().toUpperCase() + " " + path.getKey() + " " + status);
                    }
                }
            }
        }
        assertThat(operations).as("operations in the document").isGreaterThan(80);
        assertThat(missing).as("problem responses missing by the rule").isEmpty();
    }

    @Test
    void everyClientErrorIsAProblemWithASharedExample() {
        List<String> wrong = new ArrayList<>();
        JsonNode examples = document.path("components").path("examples");
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            op.getValue().path("responses").fields().forEachRemaining(response -> {
                if (!response.getKey().startsWith("4")) {
                    return;
                }
                String where = op.getKey().toUpperCase() + " " + path.getKey() + " " + response.getKey();
                JsonNode content = response.getValue().path("content");
                JsonNode media = content.path("application/problem+json");
                String example = media.path("examples").path("problem").path("$ref").asText("");
                String description = response.getValue().path("description").asText("");
                if (content.size() != 1
                        || !"#/components/schemas/Problem".equals(media.path("schema").path("$ref").asText())
                        || !example.equals("#/components/examples/Problem" + response.getKey())
                        || examples.path("Problem" + response.getKey()).path("value").path("status").asInt()
                                != Integer.parseInt(response.getKey())
                        || description.isBlank() || description.equals("Not Authorized")
                        || description.equals("Not Allowed")) {
                    wrong.add(where + " " + response.getValue());
                }
            });
        }));
        assertThat(wrong).as("4xx responses that are not the shared problem shape").isEmpty();
    }

    @Test
    void sharedDescriptionsComeFromTheFilterTable() {
        JsonNode responses = document.at("/paths/~1api~1v1~1plans~1{planId}~1targets~1{id}/put/responses");

        assertThat(responses.path("404").path("description").asText())
                .isEqualTo(ProblemResponsesFilter.DESCRIPTIONS.get("404"));
        assertThat(responses.path("428").path("description").asText())
                .isEqualTo(ProblemResponsesFilter.DESCRIPTIONS.get("428"));
        assertThat(document.at("/paths/~1api~1v1~1evaluation-rounds~1{roundId}~1closure/post/responses/409/description")
                .asText()).isEqualTo("Already closed");
    }

    /** The rule, stated on the JSON of one operation. */
    private static Set<String> expected(String path, String method, JsonNode operation) {
        Set<String> statuses = new TreeSet<>();
        JsonNode parameters = operation.path("parameters");
        if (operation.has("requestBody") || parameters.size() > 0) {
            statuses.add("400");
        }
        if (PUBLIC.stream().noneMatch(prefix -> path.startsWith(prefix) || (path + "/").equals(prefix))) {
            statuses.add("401");
            statuses.add("403");
        }
        for (JsonNode parameter : parameters) {
            if ("path".equals(parameter.path("in").asText())) {
                statuses.add("404");
            }
            if ("header".equals(parameter.path("in").asText()) && "If-Match".equals(parameter.path("name").asText())) {
                statuses.add("412");
                if (parameter.path("required").asBoolean()) {
                    statuses.add("428");
                }
            }
        }
        if (path.startsWith("/api/v1/public/") || (path.equals("/api/v1/auth/token") && method.equals("post"))) {
            statuses.add("429");
        }
        return statuses;
    }
}
