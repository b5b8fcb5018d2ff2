package vn.ocop.api.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.common.export.ExportFiles;
import vn.ocop.api.security.TestTokens;
import vn.ocop.scoring.lifecycle.EvaluationType;

/** Progress of the target kinds the Sơn Hà acceptance test does not cover. */
@QuarkusTest
class PlanProgressTest {

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

    private static Map<String, Object> body(Object... keyValues) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            body.put((String) keyValues[i], keyValues[i + 1]);
        }
        return body;
    }

    private static long plan(long areaId, int year) {
        return given().contentType(ContentType.JSON)
                .body(body("areaId", areaId, "year", year, "title", "Kế hoạch OCOP năm " + year))
                .when().post("/api/v1/plans").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long target(long plan, Object... keyValues) {
        return given().contentType(ContentType.JSON).body(body(keyValues))
                .when().post("/api/v1/plans/" + plan + "/targets").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static void activity(long plan, String kind, String title, String heldOn) {
        given().contentType(ContentType.JSON).body(body("kind", kind, "title", title, "heldOn", heldOn))
                .when().post("/api/v1/plans/" + plan + "/activities").then().statusCode(201);
    }

    private long product(String name, long areaId, String group) {
        return data.product(name, data.producer("Hộ kinh doanh " + name, areaId), group);
    }

    @Test
    void tuyenQuangCityUpgradesReEvaluationsAndGroups() {
        long city = data.area("Tuyên Quang", AreaLevel.DISTRICT, null);
        long ward = data.area("Phan Thiết", AreaLevel.COMMUNE, city);
        long tea = product("Chè xanh Mỹ Bằng", ward, "FOOD");
        long wine = product("Rượu ngô Tuyên Quang", ward, "DRINK");
        long herb = product("Cao dược liệu", ward, "HERBAL");
        data.certify(tea, 4, EvaluationType.NEW, LocalDate.of(2022, 5, 1));
        data.certify(wine, 3, EvaluationType.NEW, LocalDate.of(2021, 2, 1));
        long plan = plan(city, 2024);
        long upgrade = target(plan, "kind", "UPGRADES", "fromStars", 4, "toStars", 5, "quantity", 1);
        long recert = target(plan, "kind", "RECERTIFICATIONS", "minStars", 3, "quantity", 1);
        long drinks = target(plan, "kind", "PRODUCTS_AT_LEAST_STARS", "minStars", 3, "productGroup", "DRINK",
                "quantity", 2);
        long fiveStar = target(plan, "kind", "CUMULATIVE_AT_LEAST_STARS", "minStars", 5, "quantity", 1);
        long fourStar = target(plan, "kind", "CUMULATIVE_AT_LEAST_STARS", "minStars", 4, "quantity", 1);

        ProgressAssert.of(plan)
                .has(upgrade, "0", "1", "0.0", false)
                .has(recert, "0", "1", "0.0", false)
                .has(drinks, "0", "2", "0.0", false)
                .has(fourStar, "1", "1", "100.0", true);

        data.certify(tea, 5, EvaluationType.UPGRADE, LocalDate.of(2024, 10, 1));
        data.certify(wine, 3, EvaluationType.RE_EVALUATION, LocalDate.of(2024, 2, 1));
        data.certify(herb, 3, EvaluationType.NEW, LocalDate.of(2024, 3, 1));
        ProgressAssert.of(plan)
                .has(upgrade, "1", "1", "100.0", true)
                .has(recert, "1", "1", "100.0", true)
                .has(drinks, "1", "2", "50.0", false)
                .has(fiveStar, "1", "1", "100.0", true)
                // The superseded 4★ certificate and the 5★ one are the same product.
                .has(fourStar, "1", "1", "100.0", true);
        // Before the upgrade, the product held its 4★ certificate.
        ProgressAssert.of(plan, "2024-09-30")
                .has(fiveStar, "0", "1", "0.0", false)
                .has(fourStar, "1", "1", "100.0", true);
    }

    @Test
    void haSonCommuneShopsFairsAndUnmeasuredTargets() {
        long commune = data.area("Hà Sơn", AreaLevel.COMMUNE, null);
        long plan = plan(commune, 2023);
        long shops = target(plan, "kind", "OCOP_SHOPS", "quantity", 1);
        long fairs = target(plan, "kind", "FAIRS", "quantity", 3);
        long other = target(plan, "kind", "OTHER", "label", "Sản phẩm tiềm năng: bưởi, ổi nhồi");
        long zero = target(plan, "kind", "TRAINING_CLASSES", "quantity", 0);
        activity(plan, "OCOP_SHOP", "Điểm bán hàng OCOP xã Hà Sơn", "2023-05-19");
        activity(plan, "FAIR", "Hội chợ OCOP huyện Hà Trung", "2023-09-02");
        activity(plan, "FAIR", "Hội chợ OCOP tỉnh Thanh Hóa", "2023-11-20");
        ProgressAssert progress = ProgressAssert.of(plan)
                .has(shops, "1", "1", "100.0", true)
                .has(fairs, "2", "3", "66.7", false)
                .has(zero, "0", "0", "100.0", true);
        Map<String, Object> row = progress.row(other);
        assertThat(row.get("measured")).isEqualTo(false);
        assertThat(row.get("actual")).isNull();
        assertThat(row.get("label")).isEqualTo("Sản phẩm tiềm năng: bưởi, ổi nhồi");
        ProgressAssert.of(plan, "2023-10-01").has(fairs, "1", "3", "33.3", false);

        // The same figures as a file (issue 16 §2): one row per target, in the JSON's order, with the area's code.
        String communeCode = given().get("/api/v1/areas/" + commune).then().extract().path("code");
        java.util.List<Map<String, Object>> json = given().get("/api/v1/plans/" + plan + "/progress").then()
                .extract().jsonPath().getList("targets");
        for (String type : java.util.List.of(ExportFiles.CSV, ExportFiles.XLSX)) {
            byte[] file = given().accept(type).get("/api/v1/plans/" + plan + "/progress").then().statusCode(200)
                    .contentType(org.hamcrest.Matchers.startsWith(type))
                    .header("Content-Disposition", org.hamcrest.Matchers.containsString("plan-" + plan + "-progress"))
                    .extract().asByteArray();
            java.util.List<java.util.List<String>> rows = type.equals(ExportFiles.CSV) ? ExportFiles.csv(file)
                    : ExportFiles.xlsx(file, 17);
            assertThat(rows.get(0)).contains("Chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ lệ hoàn thành (%)", "Mã xã");
            assertThat(rows).hasSize(json.size() + 1);
            for (int i = 0; i < json.size(); i++) {
                java.util.List<String> line = rows.get(i + 1);
                Map<String, Object> t = json.get(i);
                assertThat(line.get(0)).isEqualTo(String.valueOf(plan));
                assertThat(line.get(1)).isEqualTo("2023");
                assertThat(line.get(4)).isEqualTo(communeCode);
                assertThat(line.get(5)).isEqualTo(String.valueOf(t.get("targetId")));
                assertThat(line.get(7)).isEqualTo(t.get("label") == null ? "" : String.valueOf(t.get("label")));
                assertThat(line.get(10)).isEqualTo(t.get("actual") == null ? "" : String.valueOf(t.get("actual")));
            }
        }
    }

    @Test
    void communesWithProductCountsCommunesOfTheAreaOnly() {
        long district = data.area("Hà Trung", AreaLevel.DISTRICT, null);
        long a = data.area("Hà Sơn", AreaLevel.COMMUNE, district);
        long b = data.area("Hà Lĩnh", AreaLevel.COMMUNE, district);
        data.area("Hà Đông", AreaLevel.COMMUNE, district);
        long reishi = product("Nấm linh chi", a, "HERBAL");
        long pomelo = product("Bưởi Hà Sơn", a, "FOOD");
        product("Ổi nhồi Hà Lĩnh", b, "FOOD");
        data.certify(reishi, 3, EvaluationType.NEW, LocalDate.of(2023, 6, 1));
        data.certify(pomelo, 3, EvaluationType.NEW, LocalDate.of(2023, 7, 1));
        long plan = plan(district, 2023);
        long every = target(plan, "kind", "COMMUNES_WITH_PRODUCT");
        long two = target(plan, "kind", "COMMUNES_WITH_PRODUCT", "quantity", 2);
        ProgressAssert.of(plan)
                .has(every, "1", "3", "33.3", false)
                .has(two, "1", "2", "50.0", false);
    }

    @Test
    void progressOfAPlanWithoutTargetsIsEmptyAndBadAsOfIsNamed() {
        long area = data.area("Tân Kỳ", AreaLevel.COMMUNE, null);
        long plan = plan(area, 2025);
        given().when().get("/api/v1/plans/" + plan + "/progress").then().statusCode(200)
                .body("targets", hasSize(0))
                .body("year", equalTo(2025))
                .body("asOf", equalTo("2025-12-31"));
        given().queryParam("asOf", "31/12/2025").when().get("/api/v1/plans/" + plan + "/progress")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
    }
}
