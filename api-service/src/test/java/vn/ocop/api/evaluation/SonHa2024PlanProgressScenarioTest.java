package vn.ocop.api.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.security.Role;
import vn.ocop.api.security.TestTokens;

/**
 * Plan progress from real recognitions: the Sơn Hà 2024 plan (66/KH-UBND) is created through the API, then the
 * district round under 148 and the provincial round issue certificates by decisions; GET /plans/{id}/progress
 * follows them (7/7 products at 3★+, 2 re-evaluated and 5 new, cumulative 10–12 with the district's earlier
 * certificates). A Tuyên Quang plan's UPGRADES target (4★ → 5★) counts an upgrade recognised by the centre.
 */
@QuarkusTest
class SonHa2024PlanProgressScenarioTest {

    private static final String RULES = "QD-148-2023";

    @Inject
    EvaluationFixtures fixtures;

    @BeforeEach
    void signIn() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
        Flow.reset();
    }

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void sonHaPlanProgressMovesWithTheCertificatesIssuedByDecisions() {
        long province = fixtures.area("Quảng Ngãi", AreaLevel.PROVINCE, null);
        long district = fixtures.area("Sơn Hà", AreaLevel.DISTRICT, province);
        long commune = fixtures.area("Sơn Thành", AreaLevel.COMMUNE, district);
        long neighbour = fixtures.area("Sơn Tây", AreaLevel.DISTRICT, province);
        long neighbourCommune = fixtures.area("Sơn Dung", AreaLevel.COMMUNE, neighbour);

        // Before the plan: two 3★ products certified in 2021 (expiring mid-2024, to be re-evaluated) and three
        // others still valid at the end of 2024; a neighbouring district's 2024 certificate never counts here.
        String[] names = {"Chè xanh Sơn Hà", "Quế Sơn Hà", "Bưởi da xanh", "Mật ong rừng", "Gạo lứt đỏ", "Chuối mốc sấy",
            "Măng khô Ca Dong"};
        List<Long> products = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            long product = fixtures.product(names[i] + " " + EvaluationFixtures.unique(), "HTX Nông nghiệp Sơn Thành", commune);
            products.add(product);
            if (i < 2) {
                fixtures.paperCertificate(product, 3, "QD-1048-2019", LocalDate.of(2021, 6, 1));
            }
        }
        for (String name : List.of("Rượu cần Sơn Hà", "Chè dây Sơn Thành", "Tinh dầu sả Sơn Thành")) {
            long earlier = fixtures.product(name + " " + EvaluationFixtures.unique(), "Tổ hợp tác " + name, commune);
            fixtures.paperCertificate(earlier, 3, RULES, LocalDate.of(2023, 5, 10));
        }
        long elsewhere = fixtures.product("Quế Trà Bồng " + EvaluationFixtures.unique(), "HTX Sơn Dung", neighbourCommune);
        fixtures.paperCertificate(elsewhere, 4, RULES, LocalDate.of(2024, 6, 1));

        long plan = createPlan(district, 2024, "66/KH-UBND", "2024-04-04",
                "Kế hoạch thực hiện Chương trình Mỗi xã một sản phẩm huyện Sơn Hà năm 2024");
        long atLeast3 = addTarget(plan, body("kind", "PRODUCTS_AT_LEAST_STARS", "minStars", 3, "quantity", 7,
                "label", "7 sản phẩm đạt 3 sao trở lên"));
        long reEvaluated = addTarget(plan, body("kind", "PRODUCTS_AT_LEAST_STARS", "minStars", 3, "quantity", 2,
                "evaluationType", "RE_EVALUATION", "label", "trong đó 2 sản phẩm đánh giá lại"));
        long fresh = addTarget(plan, body("kind", "PRODUCTS_AT_LEAST_STARS", "minStars", 3, "quantity", 5,
                "evaluationType", "NEW", "label", "trong đó 5 sản phẩm mới"));
        long cumulative = addTarget(plan, body("kind", "CUMULATIVE_AT_LEAST_STARS", "minStars", 3, "quantity", 10,
                "quantityMax", 12, "label", "Lũy kế 10–12 sản phẩm OCOP đạt 3 sao trở lên"));

        // Nothing recognised yet; at the end of 2024 only the three later certificates are still valid.
        progress(plan, null)
                .has(atLeast3, "0", "7", "0.0", false)
                .has(reEvaluated, "0", "2", "0.0", false)
                .has(fresh, "0", "5", "0.0", false)
                .has(cumulative, "3", "10", "30.0", false).withinRange(cumulative, false);

        // The district runs its round under 148 (Sơn Hà's officer files, submits, organises and decides).
        String districtPath = fixtures.areaPath(district);
        TestTokens.authenticateEveryRequest(TestTokens.officer(Role.DISTRICT, districtPath));
        Flow.decideAs(Flow.deciderOf(Role.DISTRICT, districtPath));
        List<Long> dossiers = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            long dossier = Flow.dossier(products.get(i), i < 2 ? "RE_EVALUATION" : "NEW", LocalDate.of(2024, 9, 10));
            Flow.submit(dossier).then().statusCode(200);
            dossiers.add(dossier);
        }
        long districtRound = Flow.round("DISTRICT", district, null, LocalDate.of(2024, 11, 4), LocalDate.of(2024, 11, 28));
        given().get("/api/v1/evaluation-rounds/" + districtRound).then().statusCode(200)
                .body("ruleSetId", equalTo(RULES));
        for (long dossier : dossiers) {
            Flow.addDossier(districtRound, dossier).then().statusCode(201);
        }
        for (int i = 0; i < 7; i++) {
            // Six at 65 (65±2) with every 3★ mark met; the seventh at 72 (72±1).
            BigDecimal average = i < 6 ? new BigDecimal("65") : new BigDecimal("72");
            BigDecimal spread = i < 6 ? new BigDecimal("2") : BigDecimal.ONE;
            Flow.scoreAndClose(districtRound, dossiers.get(i), RULES, average, spread).then().statusCode(200)
                    .body("finalResult", equalTo(true));
        }

        // Scores alone change nothing: progress counts certificates, which only decisions issue.
        progress(plan, null).has(atLeast3, "0", "7", "0.0", false);

        // The two re-evaluations are recognised 3★ first.
        for (int i = 0; i < 2; i++) {
            recognise(districtRound, dossiers.get(i), 3, "UBND huyện Sơn Hà", LocalDate.of(2024, 11, 25));
        }
        progress(plan, null)
                .has(atLeast3, "2", "7", "28.6", false)
                .has(reEvaluated, "2", "2", "100.0", true)
                .has(fresh, "0", "5", "0.0", false)
                .has(cumulative, "5", "10", "50.0", false).withinRange(cumulative, false);

        // Four new products at 65 are recognised 3★ by the district.
        for (int i = 2; i < 6; i++) {
            recognise(districtRound, dossiers.get(i), 3, "UBND huyện Sơn Hà", LocalDate.of(2024, 11, 28));
        }
        progress(plan, null)
                .has(atLeast3, "6", "7", "85.7", false)
                .has(reEvaluated, "2", "2", "100.0", true)
                .has(fresh, "4", "5", "80.0", false)
                .has(cumulative, "9", "10", "90.0", false).withinRange(cumulative, false);
        // Counted up to a day: on 26 Nov only the re-evaluations had been decided.
        progress(plan, "2024-11-26").has(atLeast3, "2", "7", "28.6", false);

        // The seventh scored 72: the district sends it up; the province recognises 4★.
        long sentUp = dossiers.get(6);
        Flow.decide(districtRound, sentUp, "SEND_UP", null, "UBND huyện Sơn Hà", LocalDate.of(2024, 11, 28))
                .then().statusCode(201);
        progress(plan, null).has(atLeast3, "6", "7", "85.7", false);
        String provincePath = fixtures.areaPath(province);
        TestTokens.authenticateEveryRequest(TestTokens.officer(Role.PROVINCE, provincePath));
        Flow.decideAs(Flow.deciderOf(Role.PROVINCE, provincePath));
        long provinceRound = Flow.round("PROVINCE", province, null, LocalDate.of(2024, 12, 2), LocalDate.of(2024, 12, 20));
        Flow.addDossier(provinceRound, sentUp).then().statusCode(201);
        Flow.scoreAndClose(provinceRound, sentUp, RULES, new BigDecimal("75"), BigDecimal.ONE).then().statusCode(200)
                .body("result.stars", equalTo(4));
        recognise(provinceRound, sentUp, 4, "UBND tỉnh Quảng Ngãi", LocalDate.of(2024, 12, 20));

        ProgressCheck done = progress(plan, null)
                .has(atLeast3, "7", "7", "100.0", true)
                .has(reEvaluated, "2", "2", "100.0", true)
                .has(fresh, "5", "5", "100.0", true)
                .has(cumulative, "10", "10", "100.0", true).withinRange(cumulative, true);
        assertThat(done.json().getString("asOf")).isEqualTo("2024-12-31");
        // A 4★ target counts only the product the province recognised.
        long fourStars = addTarget(plan, body("kind", "PRODUCTS_AT_LEAST_STARS", "minStars", 4, "quantity", 1));
        progress(plan, null).has(fourStars, "1", "1", "100.0", true);
        // Before the province's decision the year stood at 6.
        progress(plan, "2024-12-19").has(atLeast3, "6", "7", "85.7", false).has(fourStars, "0", "1", "0.0", false);
    }

    @Test
    void upgradeTargetCountsTheFiveStarsRecognisedByTheCentre() {
        long province = fixtures.area("Tuyên Quang", AreaLevel.PROVINCE, null);
        long city = fixtures.area("Thành phố Tuyên Quang", AreaLevel.DISTRICT, province);
        long ward = fixtures.area("Phường Minh Xuân", AreaLevel.COMMUNE, city);
        long product = fixtures.product("Cam sành Hàm Yên " + EvaluationFixtures.unique(), "HTX Cam sành", ward);
        fixtures.paperCertificate(product, 4, RULES, LocalDate.of(2023, 6, 1));
        long plan = createPlan(province, 2024, "35/KH-UBND", "2024-02-20",
                "Kế hoạch thực hiện Chương trình OCOP tỉnh Tuyên Quang năm 2024");
        long upgrades = addTarget(plan, body("kind", "UPGRADES", "fromStars", 4, "toStars", 5, "quantity", 1,
                "label", "Nâng hạng 1 sản phẩm từ 4 sao lên 5 sao"));
        progress(plan, null).has(upgrades, "0", "1", "0.0", false);

        long upgrade = Flow.dossier(product, "UPGRADE", LocalDate.of(2024, 4, 2));
        Flow.submit(upgrade).then().statusCode(200);
        long districtRound = Flow.round("DISTRICT", city, null, LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 20));
        Flow.addDossier(districtRound, upgrade).then().statusCode(201);
        Flow.scoreAndClose(districtRound, upgrade, RULES, new BigDecimal("95"), new BigDecimal("3")).then().statusCode(200);
        Flow.decide(districtRound, upgrade, "SEND_UP", null, "UBND thành phố Tuyên Quang", LocalDate.of(2024, 10, 20))
                .then().statusCode(201);
        long provinceRound = Flow.round("PROVINCE", province, null, LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 20));
        Flow.addDossier(provinceRound, upgrade).then().statusCode(201);
        Flow.scoreAndClose(provinceRound, upgrade, RULES, new BigDecimal("96"), new BigDecimal("2")).then().statusCode(200);
        Flow.decide(provinceRound, upgrade, "SEND_UP", null, "UBND tỉnh Tuyên Quang", LocalDate.of(2024, 11, 20))
                .then().statusCode(201);
        // Sent to the centre, not yet recognised: no upgrade counted.
        progress(plan, null).has(upgrades, "0", "1", "0.0", false);

        long centre = Flow.round("CENTRE", province, null, LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 20));
        Flow.addDossier(centre, upgrade).then().statusCode(201);
        Flow.scoreAndClose(centre, upgrade, RULES, new BigDecimal("97"), BigDecimal.ONE).then().statusCode(200);
        recognise(centre, upgrade, 5, "Bộ Nông nghiệp và Phát triển nông thôn", LocalDate.of(2024, 12, 20));
        progress(plan, null).has(upgrades, "1", "1", "100.0", true);
        progress(plan, "2024-12-19").has(upgrades, "0", "1", "0.0", false);
    }

    private static void recognise(long round, long dossier, int stars, String body, LocalDate on) {
        Flow.decide(round, dossier, "RECOGNISE", stars, body, on).then().statusCode(201);
    }

    /** Plans are written and read here as a national administrator, whatever the default token of the moment. */
    private static long createPlan(long areaId, int year, String number, String issuedOn, String title) {
        return given().header(TestTokens.as(TestTokens.admin())).contentType(ContentType.JSON)
                .body(body("areaId", areaId, "year", year, "number", number, "issuedOn", issuedOn,
                        "ruleSet", "148/QĐ-TTg", "title", title))
                .post("/api/v1/plans").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long addTarget(long plan, Map<String, Object> body) {
        return given().header(TestTokens.as(TestTokens.admin())).contentType(ContentType.JSON).body(body)
                .post("/api/v1/plans/" + plan + "/targets").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> body(Object... keyValues) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            body.put((String) keyValues[i], keyValues[i + 1]);
        }
        return body;
    }

    private static ProgressCheck progress(long plan, String asOf) {
        var request = given().header(TestTokens.as(TestTokens.admin()));
        if (asOf != null) {
            request = request.queryParam("asOf", asOf);
        }
        return new ProgressCheck(request.get("/api/v1/plans/" + plan + "/progress").then().statusCode(200)
                .extract().jsonPath());
    }

    /** One read of a plan's progress, checked target by target (as the plan package's ProgressAssert). */
    private record ProgressCheck(JsonPath json) {

        Map<String, Object> row(long targetId) {
            Map<String, Object> row = json.getMap("targets.find { it.targetId == " + targetId + " }");
            assertThat(row).as("progress of target %d", targetId).isNotNull();
            return row;
        }

        ProgressCheck has(long targetId, String actual, String expected, String percentDone, Boolean achieved) {
            Map<String, Object> row = row(targetId);
            assertThat(String.valueOf(row.get("actual"))).as("actual of %d", targetId).isEqualTo(actual);
            assertThat(String.valueOf(row.get("expected"))).as("expected of %d", targetId).isEqualTo(expected);
            assertThat(String.valueOf(row.get("percentDone"))).as("percentDone of %d", targetId).isEqualTo(percentDone);
            assertThat(row.get("achieved")).as("achieved of %d", targetId).isEqualTo(achieved);
            return this;
        }

        ProgressCheck withinRange(long targetId, Boolean withinRange) {
            assertThat(row(targetId).get("withinRange")).as("withinRange of %d", targetId).isEqualTo(withinRange);
            return this;
        }
    }
}
