package vn.ocop.api.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.security.Role;
import vn.ocop.api.security.TestTokens;

/**
 * Recorded actuals (issue 13): what the data cannot count (a promotional video, conferences) is entered by an
 * official and shown as RECORDED, apart from the computed targets.
 */
@QuarkusTest
class RecordedActualsTest {

    @Inject
    PlanTestData data;

    private long commune;
    private long plan;
    private long video;
    private String actuals;

    @BeforeEach
    void planWithAnOtherTarget() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
        commune = data.area("Hà Sơn", AreaLevel.COMMUNE, null);
        plan = given().contentType(ContentType.JSON)
                .body(Map.of("areaId", commune, "year", 2023, "title", "Kế hoạch thực hiện Chương trình OCOP năm 2023"))
                .post("/api/v1/plans").then().statusCode(201).extract().jsonPath().getLong("id");
        video = given().contentType(ContentType.JSON)
                .body(Map.of("kind", "OTHER", "label", "Hội nghị, hội thảo quảng bá sản phẩm OCOP", "quantity", 2))
                .post("/api/v1/plans/" + plan + "/targets").then().statusCode(201).extract().jsonPath().getLong("id");
        actuals = "/api/v1/plans/" + plan + "/targets/" + video + "/actuals";
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
    }

    @Test
    void recordedActualsAreSummedAndShownAsRecorded() {
        Map<String, Object> row = ProgressAssert.of(plan).row(video);
        assertThat(row).containsEntry("basis", "NOT_MEASURED").containsEntry("measured", false)
                .containsEntry("actual", null);

        String etag = given().get("/api/v1/plans/" + plan).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("amount", 1, "achievedOn", "2023-04-20", "note", "Hội nghị giới thiệu sản phẩm tại xã"))
                .post(actuals).then().statusCode(201).header("Location", org.hamcrest.Matchers.containsString(actuals))
                .header("ETag", org.hamcrest.Matchers.not(etag)).body("recordedBy", org.hamcrest.Matchers.notNullValue())
                .body("note", equalTo("Hội nghị giới thiệu sản phẩm tại xã"));
        long second = given().contentType(ContentType.JSON).body(Map.of("amount", 1, "achievedOn", "2023-10-05"))
                .post(actuals).then().statusCode(201).extract().jsonPath().getLong("id");

        ProgressAssert.of(plan).has(video, "2", "2", "100.0", true);
        assertThat(ProgressAssert.of(plan).row(video)).containsEntry("basis", "RECORDED").containsEntry("measured", false);
        // Counted from the day it was done.
        ProgressAssert.of(plan, "2023-06-30").has(video, "1", "2", "50.0", false);
        given().get(actuals).then().statusCode(200).body("achievedOn", equalTo(List.of("2023-04-20", "2023-10-05")));

        String now = given().get("/api/v1/plans/" + plan).then().extract().header("ETag");
        given().header("If-Match", now).delete(actuals + "/" + second).then().statusCode(204);
        ProgressAssert.of(plan).has(video, "1", "2", "50.0", false);
    }

    @Test
    void onlyTargetsTheDataCannotCountTakeActualsAndBadInputIs400() {
        long computed = given().contentType(ContentType.JSON)
                .body(Map.of("kind", "CUMULATIVE_AT_LEAST_STARS", "minStars", 3, "quantity", 2))
                .post("/api/v1/plans/" + plan + "/targets").then().statusCode(201).extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON).body(Map.of("amount", 2, "achievedOn", "2023-04-20"))
                .post("/api/v1/plans/" + plan + "/targets/" + computed + "/actuals").then().statusCode(409)
                .contentType(startsWith("application/problem+json"));
        given().contentType(ContentType.JSON).body(Map.of("amount", 1, "achievedOn", "2024-01-02"))
                .post(actuals).then().statusCode(400).body("errors[0].field", equalTo("achievedOn"));
        given().contentType(ContentType.JSON).body(Map.of("amount", -1, "achievedOn", "2023-04-20"))
                .post(actuals).then().statusCode(400).body("errors[0].field", equalTo("amount"));
        given().contentType(ContentType.JSON).body(Map.of("amount", 1, "achievedOn", "2023-04-20", "recordedBy", "x"))
                .post(actuals).then().statusCode(400);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("amount", 1, "achievedOn",
                "2023-04-20")).post(actuals).then().statusCode(412);
        given().get(actuals).then().statusCode(200).body("size()", equalTo(0));

        // Another commune's officer does not see the plan.
        long other = data.area("Hà Lĩnh", AreaLevel.COMMUNE, null);
        TestTokens.authenticateEveryRequest(TestTokens.officer(Role.COMMUNE, "/" + other + "/"));
        given().get(actuals).then().statusCode(404);
    }
}
