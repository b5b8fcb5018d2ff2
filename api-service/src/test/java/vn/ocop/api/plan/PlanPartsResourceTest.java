package vn.ocop.api.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.common.FullBodies;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.security.TestTokens;

/** Targets, milestones and activities of a plan: CRUD, the plan's ETag, and refused input. */
@QuarkusTest
class PlanPartsResourceTest {

    /** Every request of this class is sent as a national administrator (see docs/security.md). */
    @BeforeEach
    void signIn() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
    }

    @Inject
    PlanTestData data;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private long newPlan() {
        long area = data.area("Sơn Hà", AreaLevel.DISTRICT, null);
        return PlanResourceTest.createPlan(area, 2024);
    }

    private static ValidatableResponse post(long plan, String part, Object body) {
        return given().contentType(ContentType.JSON).body(body).when()
                .post("/api/v1/plans/" + plan + "/" + part).then();
    }

    private static Map<String, Object> target(Object... keyValues) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            body.put((String) keyValues[i], keyValues[i + 1]);
        }
        return body;
    }

    @Test
    void targetLifecycleMovesThePlansVersion() {
        long plan = newPlan();
        String base = "/api/v1/plans/" + plan + "/targets";
        long id = post(plan, "targets", target("kind", "CUMULATIVE_AT_LEAST_STARS", "minStars", 3,
                "quantity", 10, "quantityMax", 12, "label", "Lũy kế 10–12 sản phẩm đạt 3 sao trở lên"))
                .statusCode(201)
                .header("ETag", equalTo("\"1\""))
                .header("Location", startsWith("http"))
                .body("kind", equalTo("CUMULATIVE_AT_LEAST_STARS"))
                .body("quantity", equalTo(10))
                .body("quantityMax", equalTo(12))
                .body("label", equalTo("Lũy kế 10–12 sản phẩm đạt 3 sao trở lên"))
                .extract().jsonPath().getLong("id");

        given().when().get(base).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("id", contains((int) id));
        given().when().get(base + "/" + id).then().statusCode(200).body("minStars", equalTo(3));
        given().when().get("/api/v1/plans/" + plan).then().header("ETag", equalTo("\"1\""))
                .body("targets[0].quantityMax", equalTo(12));

        Map<String, Object> change = FullBodies.of(TargetRequest.class,
                target("kind", "CUMULATIVE_AT_LEAST_STARS", "minStars", 4, "quantity", 3));
        given().contentType(ContentType.JSON).body(change).when().put(base + "/" + id).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change).when().put(base + "/" + id)
                .then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(change).when().put(base + "/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("minStars", equalTo(4))
                .body("quantityMax", nullValue());

        given().when().delete(base + "/" + id).then().statusCode(428);
        given().header("If-Match", "\"1\"").when().delete(base + "/" + id).then().statusCode(412);
        given().header("If-Match", "\"2\"").when().delete(base + "/" + id).then().statusCode(204)
                .header("ETag", equalTo("\"3\""));
        given().when().get(base + "/" + id).then().statusCode(404)
                .body("detail", equalTo("Không tìm thấy chỉ tiêu với mã " + id + "."));
    }

    @Test
    void postWithAStaleIfMatchIsRefused() {
        long plan = newPlan();
        given().contentType(ContentType.JSON).header("If-Match", "\"5\"")
                .body(target("kind", "FAIRS", "quantity", 2)).when().post("/api/v1/plans/" + plan + "/targets")
                .then().statusCode(412);
        given().when().get("/api/v1/plans/" + plan).then().body("targets", hasSize(0));
    }

    @Test
    void targetOfAnotherPlanIsNotFound() {
        long plan = newPlan();
        long other = newPlan();
        long id = post(plan, "targets", target("kind", "FAIRS", "quantity", 2)).statusCode(201)
                .extract().jsonPath().getLong("id");
        given().when().get("/api/v1/plans/" + other + "/targets/" + id).then().statusCode(404);
        given().when().get("/api/v1/plans/987654321/targets").then().statusCode(404);
    }

    @Test
    void negativeQuantityIsNamed() {
        post(newPlan(), "targets", target("kind", "TRAINING_CLASSES", "quantity", -1)).statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("quantity"));
    }

    @Test
    void rangeWithMaxBelowMinIsNamed() {
        post(newPlan(), "targets", target("kind", "CUMULATIVE_AT_LEAST_STARS", "minStars", 3, "quantity", 12,
                "quantityMax", 10)).statusCode(400)
                .body("errors[0].field", equalTo("quantityMax"))
                .body("errors[0].reason", equalTo("phải lớn hơn hoặc bằng quantity"));
    }

    @Test
    void upgradesNeedFromAndToStars() {
        post(newPlan(), "targets", target("kind", "UPGRADES", "quantity", 1)).statusCode(400)
                .body("errors.field", containsInAnyOrder("fromStars", "toStars"))
                .body("errors[0].reason", equalTo("bắt buộc với chỉ tiêu loại UPGRADES"));
        given().header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(target("kind", "UPGRADES", "quantity", 1, "fromStars", 4, "toStars", 4))
                .when().post("/api/v1/plans/" + newPlan() + "/targets").then().statusCode(400)
                .body("errors[0].field", equalTo("toStars"))
                .body("errors[0].reason", equalTo("must be greater than fromStars"));
    }

    @Test
    void fieldsThatDoNotFitTheKindAreNamed() {
        long plan = newPlan();
        post(plan, "targets", target("kind", "PRODUCTS_AT_LEAST_STARS", "quantity", 7)).statusCode(400)
                .body("errors.field", contains("minStars"));
        post(plan, "targets", target("kind", "OCOP_SHOPS", "quantity", 1, "minStars", 3, "productGroup", "FOOD"))
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("minStars", "productGroup"))
                .body("errors[0].reason", equalTo("không dùng cho loại OCOP_SHOPS"));
        post(plan, "targets", target("kind", "PRODUCERS_TRAINED_PERCENT", "quantity", 120)).statusCode(400)
                .body("errors.field", contains("quantity"));
        post(plan, "targets", target("kind", "OTHER")).statusCode(400).body("errors.field", contains("label"));
        post(plan, "targets", target("kind", "PRODUCTS_AT_LEAST_STARS", "minStars", 6, "quantity", 1))
                .statusCode(400).body("errors.field", contains("minStars"));
    }

    @Test
    void unknownKindGroupOrEvaluationTypeAreNamed() {
        long plan = newPlan();
        post(plan, "targets", target("kind", "PRODUCTS_SOLD", "quantity", 1)).statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        post(plan, "targets", target("kind", "PRODUCTS_AT_LEAST_STARS", "minStars", 3, "quantity", 1,
                "productGroup", "HANDICRAFT")).statusCode(400).body("errors[0].field", equalTo("productGroup"));
        post(plan, "targets", target("kind", "PRODUCTS_AT_LEAST_STARS", "minStars", 3, "quantity", 1,
                "evaluationType", "RENEWED")).statusCode(400).body("errors[0].field", equalTo("evaluationType"));
    }

    @Test
    void everyKindOfTheSeedPlansIsAccepted() {
        long plan = newPlan();
        post(plan, "targets", target("kind", "PRODUCTS_AT_LEAST_STARS", "minStars", 3, "quantity", 10,
                "productGroup", "FOOD")).statusCode(201).body("productGroup", equalTo("FOOD"));
        post(plan, "targets", target("kind", "PRODUCTS_AT_LEAST_STARS", "minStars", 3, "quantity", 2,
                "evaluationType", "RE_EVALUATION")).statusCode(201);
        post(plan, "targets", target("kind", "UPGRADES", "fromStars", 4, "toStars", 5, "quantity", 1))
                .statusCode(201);
        post(plan, "targets", target("kind", "RECERTIFICATIONS", "quantity", 3)).statusCode(201);
        post(plan, "targets", target("kind", "PRODUCERS_TRAINED_PERCENT", "quantity", 100)).statusCode(201);
        post(plan, "targets", target("kind", "TRAINING_CLASSES", "quantity", 1, "quantityMax", 2,
                "participantsEach", 30)).statusCode(201).body("participantsEach", equalTo(30));
        post(plan, "targets", target("kind", "COMMUNES_WITH_PRODUCT")).statusCode(201);
        post(plan, "targets", target("kind", "OTHER", "label", "Củng cố 1–2 chủ thể", "quantity", 1,
                "quantityMax", 2)).statusCode(201);
        given().when().get("/api/v1/plans/" + plan + "/targets").then().statusCode(200)
                .header("ETag", equalTo("\"8\""))
                .body("", hasSize(8));
    }

    @Test
    void milestoneLifecycleAndDateOrder() {
        long plan = newPlan();
        String base = "/api/v1/plans/" + plan + "/milestones";
        long id = post(plan, "milestones", Map.of("title", "Đăng ký ý tưởng sản phẩm", "startsOn", "2024-04-01",
                "dueOn", "2024-05-31")).statusCode(201)
                .header("ETag", equalTo("\"1\""))
                .body("title", equalTo("Đăng ký ý tưởng sản phẩm"))
                .body("doneOn", nullValue())
                .extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(FullBodies.of(MilestoneRequest.class, Map.of("title", "Đăng ký ý tưởng sản phẩm",
                        "startsOn", "2024-04-01", "dueOn", "2024-05-31", "doneOn", "2024-05-28")))
                .when().put(base + "/" + id).then().statusCode(200).body("doneOn", equalTo("2024-05-28"));
        given().when().get(base).then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("[0].dueOn", equalTo("2024-05-31"));
        post(plan, "milestones", Map.of("title", "Xét chọn", "startsOn", "2024-07-01", "dueOn", "2024-06-30"))
                .statusCode(400).body("errors[0].field", equalTo("startsOn"));
        post(plan, "milestones", Map.of("title", "Xét chọn")).statusCode(400)
                .body("errors[0].field", equalTo("dueOn"));
        given().header("If-Match", "\"2\"").when().delete(base + "/" + id).then().statusCode(204);
        given().when().get(base + "/" + id).then().statusCode(404);
    }

    @Test
    void activityLifecycleWithProducersTrained() {
        long plan = newPlan();
        long area = data.area("Sơn Thượng", AreaLevel.COMMUNE, null);
        long a = data.producer("Hợp tác xã Đoàn Kết", area);
        long b = data.producer("Hợp tác xã Linh Ngọc", area);
        String base = "/api/v1/plans/" + plan + "/activities";
        long id = post(plan, "activities", Map.of("kind", "TRAINING_CLASS", "title", "Lớp tập huấn OCOP",
                "heldOn", "2024-06-15", "place", "Hội trường UBND huyện", "participants", 30,
                "producerIds", List.of(b, a))).statusCode(201)
                .body("producerIds", contains((int) Math.min(a, b), (int) Math.max(a, b)))
                .body("participants", equalTo(30))
                .extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(FullBodies.of(ActivityRequest.class, Map.of("kind", "TRAINING_CLASS",
                        "title", "Lớp tập huấn OCOP", "heldOn", "2024-06-16", "producerIds", List.of(a))))
                .when().put(base + "/" + id).then().statusCode(200)
                .body("producerIds", contains((int) a))
                .body("heldOn", equalTo("2024-06-16"));
        given().when().get("/api/v1/plans/" + plan).then().body("activities[0].producerIds", contains((int) a));
        given().header("If-Match", "\"2\"").when().delete(base + "/" + id).then().statusCode(204);
        given().when().get(base).then().body("", hasSize(0));
    }

    @Test
    void activityRefusesUnknownProducersAndProducersOutsideTrainingClasses() {
        long plan = newPlan();
        long area = data.area("Sơn Thượng", AreaLevel.COMMUNE, null);
        long a = data.producer("Hợp tác xã Đoàn Kết", area);
        post(plan, "activities", Map.of("kind", "TRAINING_CLASS", "title", "Lớp tập huấn", "heldOn", "2024-06-15",
                "producerIds", List.of(a, 987654321L))).statusCode(400)
                .body("errors[0].field", equalTo("producerIds[1]"));
        post(plan, "activities", Map.of("kind", "FAIR", "title", "Hội chợ OCOP tỉnh", "heldOn", "2024-09-15",
                "producerIds", List.of(a))).statusCode(400)
                .body("errors[0].field", equalTo("producerIds"));
        post(plan, "activities", Map.of("kind", "FAIR", "title", "Hội chợ", "heldOn", "2024-09-15",
                "participants", -3)).statusCode(400).body("errors[0].field", equalTo("participants"));
        post(plan, "activities", Map.of("kind", "PARTY", "title", "Tiệc", "heldOn", "2024-09-15"))
                .statusCode(400).body("errors[0].field", equalTo("kind"));
        given().when().get("/api/v1/plans/" + plan).then().header("ETag", equalTo("\"0\""))
                .body("activities", hasSize(0));
    }
}
