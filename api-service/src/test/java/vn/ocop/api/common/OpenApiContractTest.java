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
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
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
        assertThat(servedTree)
                .as("served /q/openapi differs from openapi/openapi.yaml; regenerate it (see this test's javadoc)")
                .isEqualTo(contract);
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
