package vn.ocop.api.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.security.TestTokens;

/** Issue 9, item 2: the statuses the evaluation workflow owns are refused in request bodies, naming the field. */
@QuarkusTest
class ServerOwnedEvaluationFieldsTest {

    @Inject
    EvaluationFixtures fixtures;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void signIn() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
    }

    @Test
    void aDossierTakesNoStatusOrQueue() {
        long commune = fixtures.area("Tân Kỳ", AreaLevel.COMMUNE, null);
        long product = fixtures.product("Trà hoa hồng " + EvaluationFixtures.unique(), "HTX Tân Kỳ", commune);
        for (Map.Entry<String, Object> field : Map.<String, Object>of("status", "RECOGNISED", "queueLevel", "PROVINCE")
                .entrySet()) {
            Map<String, Object> body = new HashMap<>(Map.of("productId", product, "evaluationType", "NEW",
                    "filedOn", "2026-08-03"));
            body.put(field.getKey(), field.getValue());
            given().contentType(ContentType.JSON).body(body).post("/api/v1/dossiers").then().statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("errors[0].field", equalTo(field.getKey()));
        }
        long dossier = Flow.dossier(product, "NEW", java.time.LocalDate.of(2026, 8, 3));
        Map<String, Object> update = new HashMap<>();
        update.put("selfAssessment", null);
        update.put("evidence", null);
        update.put("note", "Bổ sung");
        update.put("status", "SUBMITTED");
        given().contentType(ContentType.JSON).header("If-Match", Flow.etag("/api/v1/dossiers/" + dossier))
                .body(update).put("/api/v1/dossiers/" + dossier).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().get("/api/v1/dossiers/" + dossier).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void aRoundTakesNoStatus() {
        long district = fixtures.area("Sơn Hà", AreaLevel.DISTRICT, fixtures.area("Quảng Ngãi", AreaLevel.PROVINCE,
                null));
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Đợt đánh giá " + EvaluationFixtures.unique());
        body.put("level", "DISTRICT");
        body.put("areaId", district);
        body.put("startsOn", "2024-11-04");
        body.put("endsOn", "2024-11-28");
        body.put("council", List.of(Map.of("userId", Flow.CHAIR, "fullName", "Nguyễn Văn Hùng", "role", "CHAIR"),
                Map.of("userId", Flow.MEMBER, "fullName", "Trần Thị Lan", "role", "MEMBER")));
        body.put("status", "CLOSED");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/evaluation-rounds").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("status"));
    }
}
