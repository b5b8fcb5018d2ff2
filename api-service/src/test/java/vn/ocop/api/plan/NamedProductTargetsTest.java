package vn.ocop.api.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.common.FullBodies;
import vn.ocop.api.security.TestTokens;
import vn.ocop.scoring.lifecycle.EvaluationType;

/**
 * Targets that name products (issue 13): Hà Sơn 2023 "the reishi of An Ninh co-operative reaches 3★" and Tân Kỳ 2025
 * "maintain these four 3★ products" are met by those products, not by any others.
 */
@QuarkusTest
class NamedProductTargetsTest {

    @Inject
    PlanTestData data;

    @BeforeEach
    void signIn() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
    }

    @Test
    void haSonsReishiTargetIsNotMetByAnotherProduct() {
        long commune = data.area("Hà Sơn", AreaLevel.COMMUNE, null);
        long anNinh = data.producer("Hợp tác xã An Ninh", commune);
        long reishi = data.product("Nấm linh chi An Ninh", anNinh, "FOOD");
        long pomelo = data.product("Bưởi Hà Sơn", data.producer("Hộ kinh doanh Lê Văn Bình", commune), "FOOD");
        long plan = plan(commune, 2023);
        long target = target(plan, Map.of("kind", "PRODUCTS_AT_LEAST_STARS", "minStars", 3,
                "label", "Nấm linh chi của HTX An Ninh đạt 3 sao", "productIds", List.of(reishi)));

        data.certify(pomelo, 3, EvaluationType.NEW, LocalDate.of(2023, 6, 1));
        Map<String, Object> row = ProgressAssert.of(plan).has(target, "0", "1", "0.0", false).row(target);
        assertThat(named(row)).singleElement().satisfies(p -> {
            assertThat(p.get("productId")).isEqualTo((int) reishi);
            assertThat(p.get("productName")).isEqualTo("Nấm linh chi An Ninh");
            assertThat(p.get("state")).isEqualTo("NOT_YET");
            assertThat(p.get("certificateId")).isNull();
        });

        long certificate = data.certify(reishi, 3, EvaluationType.NEW, LocalDate.of(2023, 9, 15));
        row = ProgressAssert.of(plan).has(target, "1", "1", "100.0", true).row(target);
        assertThat(named(row).get(0)).containsEntry("state", "ACHIEVED").containsEntry("certificateId", (int) certificate)
                .containsEntry("stars", 3);
        // Before its certificate, in the same year, the target was not met yet.
        ProgressAssert.of(plan, "2023-09-14").has(target, "0", "1", "0.0", false);
    }

    @Test
    void tanKysMaintainFourTurnsNotAchievedWhenOneIsRevoked() {
        long commune = data.area("Tân Kỳ", AreaLevel.COMMUNE, null);
        long producer = data.producer("Hợp tác xã Nông nghiệp Tân Kỳ", commune);
        List<Long> four = List.of(data.product("Mật ong hoa núi", producer, "FOOD"),
                data.product("Chè xanh Tân Kỳ", producer, "DRINK"), data.product("Gạo hữu cơ Tân Kỳ", producer, "FOOD"),
                data.product("Miến gạo Tân Kỳ", producer, "FOOD"));
        long fifth = data.product("Nước mắm Tân Kỳ", producer, "FOOD");
        List<Long> certificates = four.stream().map(p -> data.certify(p, 3, EvaluationType.NEW,
                LocalDate.of(2023, 4, 1))).toList();
        data.certify(fifth, 3, EvaluationType.NEW, LocalDate.of(2024, 4, 1));
        long plan = plan(commune, 2025);
        long maintain = target(plan, Map.of("kind", "CUMULATIVE_AT_LEAST_STARS", "minStars", 3,
                "label", "Duy trì 4 sản phẩm OCOP 3 sao", "productIds", four));
        long anyFour = target(plan, Map.of("kind", "CUMULATIVE_AT_LEAST_STARS", "minStars", 3, "quantity", 4));
        ProgressAssert.of(plan, "2025-06-30").has(maintain, "4", "4", "100.0", true);

        data.revoke(certificates.get(0), LocalDate.of(2025, 8, 1));
        Map<String, Object> row = ProgressAssert.of(plan).has(maintain, "3", "4", "75.0", false).row(maintain);
        assertThat(named(row)).extracting(p -> p.get("state"))
                .containsExactly("LOST", "ACHIEVED", "ACHIEVED", "ACHIEVED");
        assertThat(named(row).get(0)).containsEntry("productName", "Mật ong hoa núi")
                .containsEntry("validThrough", "2025-07-31");
        // Counted as any four, the fifth product hides the loss: why the plan names them.
        ProgressAssert.of(plan).has(anyFour, "4", "4", "100.0", true);
        assertThat(ProgressAssert.of(plan).row(anyFour).get("products")).isNull();
    }

    @Test
    void namedProductsAreCheckedAndKeptOnTheTarget() {
        long district = data.area("Sơn Hà", AreaLevel.DISTRICT, null);
        long commune = data.area("Sơn Kỳ", AreaLevel.COMMUNE, district);
        long elsewhere = data.area("Nghĩa Hành", AreaLevel.DISTRICT, null);
        long cinnamon = data.product("Quế Sơn Hà", data.producer("Hợp tác xã Quế Sơn Kỳ", commune), "HERBAL");
        long foreign = data.product("Tỏi Lý Sơn", data.producer("Hộ kinh doanh Phạm Thị Lan", elsewhere), "FOOD");
        long plan = plan(district, 2024);

        Map<String, Object> bad = new HashMap<>(Map.of("kind", "RECERTIFICATIONS", "productIds",
                List.of(cinnamon, foreign, cinnamon), "quantity", 4));
        given().contentType(ContentType.JSON).body(bad).post("/api/v1/plans/" + plan + "/targets").then()
                .statusCode(400).contentType(org.hamcrest.Matchers.startsWith("application/problem+json"))
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("quantity", "productIds[2]"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "RECERTIFICATIONS", "productIds",
                List.of(cinnamon, foreign))).post("/api/v1/plans/" + plan + "/targets").then().statusCode(400)
                .body("errors.field", equalTo(List.of("productIds[1]")))
                .body("errors[0].reason", org.hamcrest.Matchers.notNullValue());
        given().contentType(ContentType.JSON).body(Map.of("kind", "FAIRS", "quantity", 2, "productIds",
                List.of(cinnamon))).post("/api/v1/plans/" + plan + "/targets").then().statusCode(400)
                .body("errors[0].field", equalTo("productIds"));

        long target = target(plan, Map.of("kind", "RECERTIFICATIONS", "productIds", List.of(cinnamon)));
        given().get("/api/v1/plans/" + plan + "/targets/" + target).then().statusCode(200)
                .body("productIds", equalTo(List.of((int) cinnamon))).body("quantity", equalTo(null));
        // A re-certification in the year meets it; the first certificate does not.
        data.certify(cinnamon, 3, EvaluationType.NEW, LocalDate.of(2021, 3, 1));
        ProgressAssert.of(plan).has(target, "0", "1", "0.0", false);
        data.certify(cinnamon, 3, EvaluationType.RE_EVALUATION, LocalDate.of(2024, 2, 20));
        ProgressAssert.of(plan).has(target, "1", "1", "100.0", true);

        // Replacing the target with one that names no product drops the names.
        String etag = given().get("/api/v1/plans/" + plan).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(FullBodies.of(TargetRequest.class, Map.of("kind", "RECERTIFICATIONS", "quantity", 1)))
                .put("/api/v1/plans/" + plan + "/targets/" + target).then().statusCode(200)
                .body("productIds", equalTo(List.of()));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> named(Map<String, Object> row) {
        return (List<Map<String, Object>>) row.get("products");
    }

    private static long plan(long areaId, int year) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("areaId", areaId, "year", year, "title", "Kế hoạch phát triển sản phẩm OCOP năm " + year))
                .post("/api/v1/plans").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long target(long plan, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/plans/" + plan + "/targets").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }
}
