package vn.ocop.api.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.security.TestTokens;

/** The evaluation endpoints are documented, and malformed filters are 400 problems. */
@QuarkusTest
class EvaluationApiDocumentTest {

    @BeforeEach
    void signIn() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
        Flow.reset();
    }

    @Test
    void theOpenApiDocumentListsTheEvaluationEndpoints() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/dossiers/{id}/commune-assessment"))
                .body(containsString("/api/v1/evaluation-rounds/{roundId}/dossiers/{dossierId}/score-sheets"))
                .body(containsString("/api/v1/certificates/{id}/revocation"))
                .body(containsString("/api/v1/products/{productId}/timeline"))
                .body(containsString("/api/v1/products/{productId}/audit-log"));
    }

    @Test
    void anUnknownStatusFilterIsABadRequest() {
        given().queryParam("status", "KHONG_CO").get("/api/v1/dossiers").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        given().queryParam("asOf", "30-02-2026").get("/api/v1/certificates").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        given().get("/api/v1/dossiers/999999999").then().statusCode(404).body("status", equalTo(404));
    }
}
