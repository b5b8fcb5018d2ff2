package vn.ocop.api.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document describes the product, catalogue and preview operations with their problems. */
@QuarkusTest
class CatalogueOpenApiTest {

    @Test
    void documentsOperationsAndProblemResponses() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/products/{id}/product-code"))
                .body("paths.'/api/v1/products'.post.summary", notNullValue())
                .body("paths.'/api/v1/products'.post.responses.'400'.content", hasKey("application/problem+json"))
                .body("paths.'/api/v1/products/{id}/product-code'.put.responses.'409'.content",
                        hasKey("application/problem+json"))
                .body("paths.'/api/v1/products/{id}'.put.responses", hasKey("428"))
                .body("paths.'/api/v1/catalogue/rule-sets/{id}/product-sets/{code}'.get.responses", hasKey("404"))
                .body("paths.'/api/v1/scoring/preview'.post.tags[0]", equalTo("Scoring"))
                .body("paths.'/api/v1/scoring/preview'.post.responses.'400'.content",
                        hasKey("application/problem+json"));
    }
}
