package vn.ocop.api.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.AreaRepository;
import vn.ocop.api.demo.DemoData.DemoPlan;
import vn.ocop.api.security.TestTokens;
import vn.ocop.scoring.catalogue.Catalogue;
import vn.ocop.scoring.catalogue.Criterion;
import vn.ocop.scoring.catalogue.Option;

/**
 * With demo data enabled, the five seed plans are there at start-up, with their targets, and progress works; the
 * demo council account chairs an open provincial round in Thái Nguyên and scores its dossier.
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class DemoDataTest {

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
    DemoDataStartup startup;

    @Inject
    DemoDataLoader loader;

    @Inject
    AreaRepository areas;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private long areaId(String code) {
        return areas.find("code = ?1 order by validFrom desc", code).firstResult().id;
    }

    /** The plan of the demo file for an area and year, read through the API. */
    private JsonPath plan(DemoPlan demo) {
        List<Integer> ids = given().queryParam("areaId", areaId(demo.areaCode())).queryParam("year", demo.year())
                .when().get("/api/v1/plans").then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.title == '" + demo.title() + "' }.id");
        assertThat(ids).as("plans titled %s", demo.title()).hasSize(1);
        return given().when().get("/api/v1/plans/" + ids.get(0)).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theFiveSeedPlansAreLoadedWithTheirTargetsMilestonesAndActivities() {
        assertThat(startup.loadedAtStartup()).isPresent();
        List<DemoPlan> demoPlans = loader.read().plans();
        assertThat(demoPlans).hasSize(5);
        for (DemoPlan demo : demoPlans) {
            JsonPath plan = plan(demo);
            assertThat(plan.getList("targets")).hasSize(demo.targets().size());
            assertThat(plan.getList("milestones")).hasSize(demo.milestones() == null ? 0 : demo.milestones().size());
            assertThat(plan.getList("activities")).hasSize(demo.activities() == null ? 0 : demo.activities().size());
            assertThat(plan.getInt("year")).isEqualTo(demo.year());
        }
    }

    @Test
    void sonHaPlanHoldsItsFactsAndItsProgressIsComputed() {
        DemoPlan sonHa = loader.read().plans().stream().filter(p -> "66/KH-UBND".equals(p.number())).findFirst()
                .orElseThrow();
        JsonPath plan = plan(sonHa);
        assertThat(plan.getString("areaName")).isEqualTo("Sơn Hà");
        assertThat(plan.getString("issuedOn")).isEqualTo("2024-04-04");
        assertThat(plan.getString("ruleSet")).isEqualTo("148/QĐ-TTg");
        assertThat(plan.getList("milestones.title")).contains("Các xã gửi ý tưởng sản phẩm");
        JsonPath progress = given().when().get("/api/v1/plans/" + plan.getLong("id") + "/progress")
                .then().statusCode(200).body("targets", hasSize(8)).extract().jsonPath();
        Map<String, Object> atLeast3 = progress.getMap("targets.find { it.label == '7 sản phẩm đạt 3 sao trở lên' }");
        assertThat(atLeast3.get("actual")).isEqualTo(2);
        assertThat(atLeast3.get("expected")).isEqualTo(7);
        Map<String, Object> trained = progress.getMap("targets.find { it.kind == 'PRODUCERS_TRAINED_PERCENT' }");
        assertThat(trained.get("numerator")).isEqualTo(1);
        assertThat(trained.get("denominator")).isEqualTo(2);
        Map<String, Object> communes = progress.getMap("targets.find { it.kind == 'COMMUNES_WITH_PRODUCT' }");
        assertThat(communes.get("actual")).isEqualTo(2);
        assertThat(communes.get("achieved")).isEqualTo(true);
    }

    @Test
    void haSonAndTanKyProgressShowRealNumbers() {
        List<DemoPlan> demoPlans = loader.read().plans();
        JsonPath haSon = plan(demoPlans.get(1));
        given().when().get("/api/v1/plans/" + haSon.getLong("id") + "/progress").then().statusCode(200)
                .body("targets.find { it.kind == 'PRODUCTS_AT_LEAST_STARS' }.actual", equalTo(1))
                .body("targets.find { it.kind == 'PRODUCTS_AT_LEAST_STARS' }.achieved", equalTo(true))
                .body("targets.find { it.kind == 'OCOP_SHOPS' }.actual", equalTo(1))
                .body("targets.find { it.kind == 'FAIRS' }.actual", equalTo(2));
        JsonPath tanKy = plan(demoPlans.get(4));
        given().when().get("/api/v1/plans/" + tanKy.getLong("id") + "/progress").then().statusCode(200)
                .body("targets.find { it.kind == 'RECERTIFICATIONS' }.actual", equalTo(1))
                .body("targets.find { it.kind == 'RECERTIFICATIONS' }.expected", equalTo(3))
                .body("targets.find { it.kind == 'CUMULATIVE_AT_LEAST_STARS' }.actual", equalTo(5));
    }

    @Test
    void theHistoricalProductsComeThroughTheRegisterImportAndCountInTheNinhBinh2021Plan() {
        JsonPath ninhBinh = plan(loader.read().plans().get(0));
        given().when().get("/api/v1/plans/" + ninhBinh.getLong("id") + "/progress").then().statusCode(200)
                .body("targets.find { it.label == '24 sản phẩm đạt chuẩn 3 sao trở lên' }.actual", equalTo(2))
                .body("targets.find { it.label == 'Nhóm thủ công mỹ nghệ, trang trí: 7 sản phẩm' }.actual", equalTo(1));
        long certificate = given().queryParam("q", "Cơm cháy Hoa Lư").get("/api/v1/products").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].currentCertificateId");
        given().get("/api/v1/certificates/" + certificate).then().statusCode(200)
                .body("number", equalTo("DEMO-NB-2021-001")).body("ruleSetId", equalTo("QD-1048-2019"))
                .body("source.fileName", equalTo(DemoDataLoader.REGISTER)).body("source.row", equalTo(2));
        given().get("/api/v1/public/certificates/DEMO-NB-2021-001").then().statusCode(200);
    }

    @Test
    void loadingAgainCreatesNothing() {
        long before = given().when().get("/api/v1/plans").then().extract().jsonPath().getLong("total");
        DemoSummary again = loader.load();
        assertThat(again.createdNothing()).isTrue();
        given().when().get("/api/v1/plans").then().body("total", equalTo((int) before));
    }

    @Test
    void demoProducersAndProductsKeepTheirVietnameseNames() {
        JsonPath tanKy = plan(loader.read().plans().get(4));
        assertThat(tanKy.getString("areaName")).isEqualTo("Tân Kỳ");
        assertThat(loader.read().producers()).extracting(DemoData.DemoProducer::name)
                .contains("Hợp tác xã An Ninh", "Hợp tác xã Đoàn Kết", "Hợp tác xã Linh Ngọc",
                        "Hộ kinh doanh Hà Ngọc Sáng", "Hợp tác xã Trà Hạnh Phúc",
                        "Hợp tác xã nông nghiệp sạch Tân Sơn");
    }
    @Test
    void theDemoCouncilAccountChairsAnOpenProvincialRoundInThaiNguyenAndScoresItsDossier() {
        long thaiNguyen = areaId("19");
        List<Integer> ids = given().queryParam("areaId", thaiNguyen).queryParam("size", 100)
                .get("/api/v1/evaluation-rounds").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.name == '" + DemoEvaluationRound.NAME + "' }.id");
        assertThat(ids).hasSize(1);
        long round = ids.get(0);
        JsonPath json = given().get("/api/v1/evaluation-rounds/" + round).then().statusCode(200)
                .body("level", equalTo("PROVINCE")).body("status", equalTo("OPEN"))
                .body("ruleSetId", equalTo("QD-26-2026")).body("areaName", equalTo("Thái Nguyên"))
                .extract().jsonPath();
        assertThat(json.getList("council.userId")).containsExactly("hoidong.tinh", "thanhvien.tinh", "thuky.tinh");
        assertThat(json.getList("council.role")).containsExactly("CHAIR", "MEMBER", "SECRETARY");
        JsonPath entries = given().get("/api/v1/evaluation-rounds/" + round + "/dossiers").then().statusCode(200)
                .extract().jsonPath();
        assertThat(entries.getList("$")).hasSize(1);
        long dossier = entries.getLong("[0].dossierId");
        given().get("/api/v1/dossiers/" + dossier).then().statusCode(200)
                .body("productName", equalTo("Muối vừng Sáng Lê")).body("evaluationType", equalTo("RE_EVALUATION"))
                .body("status", equalTo("UNDER_EVALUATION")).body("ruleSetId", equalTo("QD-26-2026"))
                .body("communeAssessment.assessedOn", equalTo("2026-10-05"))
                .body("queueLevel", equalTo("PROVINCE"));

        // The council account signs in with its demo password, sees the round (and only rounds it sits on) and
        // submits its own sheet.
        String council = given().header(TestTokens.anonymous()).contentType(ContentType.JSON)
                .body(Map.of("username", "hoidong.tinh", "password", "HoiDong#2025"))
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("accessToken");
        TestTokens.authenticateEveryRequest(council);
        given().get("/api/v1/evaluation-rounds").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains((int) round));
        given().get("/api/v1/evaluation-rounds/" + round).then().statusCode(200);
        String entry = "/api/v1/evaluation-rounds/" + round + "/dossiers/" + dossier;
        given().contentType(ContentType.JSON).body(Map.of("memberId", "hoidong.tinh", "answers", bestAnswers()))
                .post(entry + "/score-sheets").then().statusCode(201).body("memberId", equalTo("hoidong.tinh"));
        // The result waits for the other scoring member's sheet.
        given().get(entry + "/result").then().statusCode(200).body("finalResult", equalTo(false));
    }

    /** The best option of every criterion of Muối vừng's product set under 26/2026. */
    private static Map<String, String> bestAnswers() {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Criterion c : Catalogue.standard().productSet("QD-26-2026", "FOOD_SPICE_OTHER").orElseThrow().criteria()) {
            answers.put(c.code(), c.options().stream().max((a, b) -> a.points().compareTo(b.points()))
                    .map(Option::code).orElseThrow());
        }
        return answers;
    }
}
