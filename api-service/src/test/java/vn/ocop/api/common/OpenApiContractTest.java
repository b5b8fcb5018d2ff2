package vn.ocop.api.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document must equal the contract in {@code openapi/openapi.yaml}. After an intended API
 * change, regenerate the contract with
 * {@code ./mvnw -pl api-service -am verify -Dtest=OpenApiContractTest -Dsurefire.failIfNoSpecifiedTests=false -Docop.openapi.write=true}
 * and review the diff like code.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("..", "openapi", "openapi.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS))
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Test
    void servedDocumentEqualsTheContract() throws IOException {
        String served = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        JsonNode servedTree = new ObjectMapper().readTree(served);

        if (Boolean.getBoolean("ocop.openapi.write")) {
            Files.writeString(CONTRACT, YAML.writerWithDefaultPrettyPrinter().writeValueAsString(servedTree),
                    StandardCharsets.UTF_8);
        }

        assertThat(CONTRACT).as("the API contract openapi/openapi.yaml").exists();
        JsonNode contract = YAML.readTree(Files.readString(CONTRACT, StandardCharsets.UTF_8));
        List<String> differences = new ArrayList<>();
        differences("", contract, servedTree, differences);
        assertThat(differences)
                .as("served /q/openapi differs from openapi/openapi.yaml at these JSON pointers (contract vs served);"
                        + " after an intended change regenerate the contract (see this test's javadoc)")
                .isEmpty();
    }

    /** JSON pointers where the two documents differ, at most 30. */
    private static void differences(String pointer, JsonNode expected, JsonNode actual, List<String> out) {
        if (out.size() >= 30 || expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!expected.has(name)) {
                    out.add(child + " (only served)");
                } else if (!actual.has(name)) {
                    out.add(child + " (only in the contract)");
                } else {
                    differences(child, expected.get(name), actual.get(name), out);
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                differences(pointer + "/" + i, expected.get(i), actual.get(i), out);
            }
        } else {
            out.add(pointer + ": " + abbreviate(expected) + " vs " + abbreviate(actual));
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
