package vn.ocop.api.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.dossier.DossierUpdateRequest;
import vn.ocop.api.common.FullBodies;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.security.TestTokens;

/** Editing sheets until the result closes, the rule-set transition of 2026, and the centre returning a dossier. */
@QuarkusTest
class SheetEditingAndTransitionTest {

    @BeforeEach
    void signIn() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
        Flow.reset();
    }

    @Inject
    EvaluationFixtures fixtures;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private long assessedDossier(long province, LocalDate filedOn, LocalDate assessedOn) {
        long commune = fixtures.area("Xã Thanh Sơn", AreaLevel.COMMUNE, province);
        long product = fixtures.product("Bánh chưng Tranh Khúc " + EvaluationFixtures.unique(), "HTX Tranh Khúc", commune);
        long dossier = Flow.dossier(product, "NEW", filedOn);
        Flow.submit(dossier).then().statusCode(200);
        Flow.communeAssessment(dossier, assessedOn).then().statusCode(200);
        return dossier;
    }

    @Test
    void aDossierFiledBefore22May2026FinishesUnderTheOldRulesOnlyUntil20July() {
        long province = fixtures.area("Phú Thọ", AreaLevel.PROVINCE, null);
        long early = assessedDossier(province, LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 20));
        long late = assessedDossier(province, LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 21));
        given().get("/api/v1/dossiers/" + early).then().body("ruleSetId", equalTo("QD-148-1489-2025"));
        long july = Flow.round("PROVINCE", province, "QD-148-1489-2025", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 20));
        Flow.addDossier(july, early).then().statusCode(201).body("ruleSetId", equalTo("QD-148-1489-2025"));
        long august = Flow.round("PROVINCE", province, null, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 21));
        given().get("/api/v1/evaluation-rounds/" + august).then().body("ruleSetId", equalTo("QD-26-2026"));
        Flow.addDossier(august, late).then().statusCode(201).body("ruleSetId", equalTo("QD-26-2026"));
        // Sheets are checked against the rule set of the round dossier: a 26/2026 sheet, not a 148 one.
        Flow.sheet(august, late, Flow.MEMBER, EvaluationFixtures.answersTotalling("QD-26-2026", new BigDecimal("70")))
                .then().statusCode(201);
        Flow.sheet(july, early, Flow.MEMBER, EvaluationFixtures.answersTotalling("QD-148-2023", new BigDecimal("70")))
                .then().statusCode(201);
    }

    @Test
    void aSheetIsEditableWithIfMatchUntilTheChairClosesTheResult() {
        long province = fixtures.area("Hưng Yên", AreaLevel.PROVINCE, null);
        String rules = "QD-26-2026";
        long dossier = assessedDossier(province, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 10));
        long round = Flow.round("PROVINCE", province, null, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 15));
        Flow.addDossier(round, dossier).then().statusCode(201);
        String etag = Flow.sheet(round, dossier, Flow.MEMBER, EvaluationFixtures.answersTotalling(rules, new BigDecimal("72")))
                .then().statusCode(201).body("total", Flow.num("72")).extract().header("ETag");
        Flow.sheet(round, dossier, Flow.MEMBER, EvaluationFixtures.answersTotalling(rules, new BigDecimal("74")))
                .then().statusCode(409);
        String path = Flow.entry(round, dossier) + "/score-sheets/" + Flow.MEMBER;
        Map<String, String> better = EvaluationFixtures.answersTotalling(rules, new BigDecimal("78"));
        given().contentType("application/json").body(better).put(path).then().statusCode(428);
        given().contentType("application/json").header("If-Match", "\"41\"").body(better).put(path).then().statusCode(412);
        given().contentType("application/json").header("If-Match", etag).header(TestTokens.as(TestTokens.council(Flow.MEMBER))).body(better)
                .put(path).then().statusCode(200).body("total", Flow.num("78"));
        Flow.sheet(round, dossier, Flow.CHAIR, EvaluationFixtures.answersTotalling(rules, new BigDecimal("80")))
                .then().statusCode(201);
        given().header(TestTokens.as(TestTokens.council(Flow.CHAIR))).post(Flow.entry(round, dossier) + "/result/closure").then().statusCode(200)
                .body("finalResult", equalTo(true)).body("result.average", Flow.num("79"))
                .body("result.stars", equalTo(4)).body("closedBy", equalTo(Flow.CHAIR));
        String current = given().get(Flow.entry(round, dossier) + "/score-sheets").then().extract().jsonPath()
                .getString("find { it.memberId == 'thanh.vien' }.version");
        given().contentType("application/json").header("If-Match", "\"" + current + "\"")
                .body(EvaluationFixtures.answersTotalling(rules, new BigDecimal("95"))).put(path).then().statusCode(409);
        given().header(TestTokens.as(TestTokens.council(Flow.CHAIR))).post(Flow.entry(round, dossier) + "/result/closure").then().statusCode(409);
        given().get(Flow.entry(round, dossier) + "/result").then().body("result.average", Flow.num("79"));
        given().get("/api/v1/evaluation-rounds/" + round + "/dossiers").then()
                .body("[0].finalResult", equalTo(true)).body("[0].stars", equalTo(4)).body("[0].nextAction", equalTo("RECOGNISE"));
    }

    @Test
    void theCentreReturnsANonFiveStarResultAndTheProvinceRecognisesOnIt() {
        String rules = "QD-148-1489-2025";
        long province = fixtures.area("Lâm Đồng", AreaLevel.PROVINCE, null);
        long dossier = assessedDossier(province, LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 15));
        long provinceRound = Flow.round("PROVINCE", province, null, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30));
        Flow.addDossier(provinceRound, dossier).then().statusCode(201);
        Flow.scoreAndClose(provinceRound, dossier, rules, new BigDecimal("92"), BigDecimal.ONE).then().statusCode(200)
                .body("result.nextStep.action", equalTo("SEND_UP"));
        Flow.decide(provinceRound, dossier, "SEND_UP", null, "UBND tỉnh Lâm Đồng", LocalDate.of(2025, 9, 30))
                .then().statusCode(201);
        long centre = Flow.round("CENTRE", province, null, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30));
        Flow.addDossier(centre, dossier).then().statusCode(201);
        Flow.scoreAndClose(centre, dossier, rules, new BigDecimal("85"), BigDecimal.ONE).then().statusCode(200)
                .body("result.stars", equalTo(4)).body("result.nextStep.action", equalTo("RETURN_TO_PROVINCE"));
        Flow.decide(centre, dossier, "RECOGNISE", 5, "Bộ Nông nghiệp và Môi trường", LocalDate.of(2025, 12, 5))
                .then().statusCode(409);
        Flow.decide(centre, dossier, "RECOGNISE", null, "UBND tỉnh Lâm Đồng", LocalDate.of(2025, 12, 5))
                .then().statusCode(201).body("stars", equalTo(4)).body("decidingLevel", equalTo("PROVINCE"));
        given().get("/api/v1/dossiers/" + dossier).then().body("status", equalTo("RECOGNISED"));
    }

    @Test
    void aSelfAssessmentIsCheckedAgainstTheProductSet() {
        long province = fixtures.area("Cao Bằng", AreaLevel.PROVINCE, null);
        long product = fixtures.product("Miến dong Cao Bằng " + EvaluationFixtures.unique(), "HTX Miến", province);
        Map<String, String> answers = new LinkedHashMap<>(EvaluationFixtures.answersTotalling("QD-26-2026", new BigDecimal("80")));
        long dossier = given().contentType("application/json").body(Map.of("productId", product, "evaluationType", "NEW",
                "filedOn", "2026-09-01", "selfAssessment", answers)).post("/api/v1/dossiers").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().contentType("application/json").header("If-Match", Flow.etag("/api/v1/dossiers/" + dossier))
                .body(FullBodies.of(DossierUpdateRequest.class, Map.of("selfAssessment", Map.of("Z.9.9", "Z.9.9#1")))).put("/api/v1/dossiers/" + dossier)
                .then().statusCode(400).body("errors[0].field", equalTo("selfAssessment.Z.9.9"));
        // A partial draft is fine; an option of another criterion is named with the criterion it was given for.
        String first = answers.keySet().iterator().next();
        String second = answers.keySet().stream().skip(1).findFirst().orElseThrow();
        given().contentType("application/json").header("Accept-Language", "en")
                .header("If-Match", Flow.etag("/api/v1/dossiers/" + dossier))
                .body(FullBodies.of(DossierUpdateRequest.class, Map.of("selfAssessment",
                        Map.of(first, answers.get(first), second, answers.get(first)))))
                .put("/api/v1/dossiers/" + dossier).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("selfAssessment." + second));
        assertThat(given().get("/api/v1/dossiers/" + dossier).then().extract().jsonPath()
                .getMap("selfAssessment")).hasSize(answers.size());
        given().contentType("application/json").body(Map.of("productId", 123456789, "evaluationType", "NEW"))
                .post("/api/v1/dossiers").then().statusCode(400).body("errors[0].field", equalTo("productId"));
        given().contentType("application/json").body(Map.of("evaluationType", "NEW")).post("/api/v1/dossiers")
                .then().statusCode(400).body("errors[0].field", equalTo("productId"));
    }
}
