package vn.ocop.api.product;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.security.TestTokens;

/**
 * Issue 9, item 10 (part): deleting a record that others still refer to is a 409 problem naming the conflict,
 * never a 500 from the foreign key, and nothing is deleted.
 */
@QuarkusTest
class DeleteWithDependantsTest {

    @Inject
    ProductTestData data;

    private ProductTestData.Place place;
    private long producerId;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void signIn() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
        place = data.place();
        producerId = data.producer("Hợp tác xã Sơn Hà", place.communeId());
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
    }

    @Test
    void aProductWithADossierIsAConflict() {
        long product = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Trà hoa hồng", "producerId", producerId, "productSetCode", "FOOD_TEA"))
                .post("/api/v1/products").then().statusCode(201).extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON).body(Map.of("productId", product, "evaluationType", "NEW",
                "filedOn", "2026-08-03")).post("/api/v1/dossiers").then().statusCode(201);
        String etag = given().get("/api/v1/products/" + product).header("ETag");

        given().header("Accept-Language", "en").header("If-Match", etag).delete("/api/v1/products/" + product)
                .then().statusCode(409).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(409)).body("detail", containsString("dossier"));
        given().get("/api/v1/products/" + product).then().statusCode(200);
    }

    @Test
    void aProducerThatAnAccountSignsInForIsAConflict() {
        given().contentType(ContentType.JSON).body(Map.of("username", "xoa.chu.the." + System.nanoTime(),
                "password", "Mật khẩu dài 2025", "role", "PRODUCER", "displayName", "Chủ thể Sơn Hà",
                "producerId", producerId)).post("/api/v1/accounts").then().statusCode(201);
        String etag = given().get("/api/v1/producers/" + producerId).header("ETag");

        given().header("Accept-Language", "en").header("If-Match", etag).delete("/api/v1/producers/" + producerId)
                .then().statusCode(409).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("producer"));
        given().get("/api/v1/producers/" + producerId).then().statusCode(200);
    }
}
