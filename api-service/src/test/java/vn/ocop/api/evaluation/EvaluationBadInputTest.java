package vn.ocop.api.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.security.TestTokens;

/** Bad input on the evaluation cycle: each a clear 4xx problem, and nothing written. */
@QuarkusTest
class EvaluationBadInputTest {

    @BeforeEach
    void signIn() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
        Flow.reset();
    }

    private static final String RULES = "QD-26-2026";

    @Inject
    EvaluationFixtures fixtures;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private long[] provinceRoundWithDossier() {
        long province = fixtures.area("Lào Cai", AreaLevel.PROVINCE, null);
        long commune = fixtures.area("Bắc Hà", AreaLevel.COMMUNE, province);
        long product = fixtures.product("Rượu ngô Bắc Hà " + EvaluationFixtures.unique(), "HTX Thanh Vân", commune);
        long dossier = Flow.dossier(product, "NEW", LocalDate.of(2026, 8, 3));
        Flow.submit(dossier).then().statusCode(200);
        Flow.communeAssessment(dossier, LocalDate.of(2026, 8, 20)).then().statusCode(200);
        long round = Flow.round("PROVINCE", province, null, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 20));
        Flow.addDossier(round, dossier).then().statusCode(201).body("ruleSetId", equalTo(RULES));
        return new long[] {round, dossier, product};
    }

    private static int sheetCount(long round, long dossier) {
        return given().get(Flow.entry(round, dossier) + "/score-sheets").then().statusCode(200)
                .extract().jsonPath().getList("$").size();
    }

    private static long auditCount(long product) {
        return given().get("/api/v1/products/" + product + "/audit-log").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    @Test
    void provincialRoundUnder26ShowsItsLegalWindow() {
        long round = provinceRoundWithDossier()[0];
        given().get("/api/v1/evaluation-rounds/" + round).then().body("ruleSetId", equalTo(RULES))
                .body("legalWindow.applies", equalTo(true)).body("legalWindow.decideBefore", equalTo("2026-12-30"))
                .body("legalWindow.proposeBefore", equalTo("2026-10-30")).body("legalWindow.fits", equalTo(true));
        long province = fixtures.area("Điện Biên", AreaLevel.PROVINCE, null);
        long late = Flow.round("PROVINCE", province, null, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
        given().get("/api/v1/evaluation-rounds/" + late).then().body("legalWindow.applies", equalTo(true))
                .body("legalWindow.fits", equalTo(false)).body("legalWindow.periodFrom", equalTo("2027-04-30"));
    }

    @Test
    void aRoundIsOnlyForALevelWhoseCouncilScoresUnderTheRuleSet() {
        long province = fixtures.area("Lai Châu", AreaLevel.PROVINCE, null);
        long commune = fixtures.area("Tam Đường", AreaLevel.COMMUNE, province);
        // Under 26/2026 the commune assesses and forwards (the engine's process): a commune round is bad input.
        Flow.createRound("COMMUNE", commune, null, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)).then()
                .statusCode(400).body("errors[0].field", equalTo("level"));
        // The district takes no part after 1489: 409 naming the level.
        long district = fixtures.area("Phong Thổ", AreaLevel.DISTRICT, province);
        Flow.createRound("DISTRICT", district, RULES, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)).then()
                .statusCode(409).body("errors[0].field", equalTo("level"));
    }

    @Test
    void aSheetFromANonMemberIsForbiddenAndNotStored() {
        long[] ids = provinceRoundWithDossier();
        long audit = auditCount(ids[2]);
        // A council account that does not sit on the round does not see it at all.
        Flow.sheet(ids[0], ids[1], "nguoi.ngoai", EvaluationFixtures.answersTotalling(RULES, new BigDecimal("80")))
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        // Entered for someone who is not on the council (by an administrator): 403 naming the member.
        given().contentType("application/json")
                .body(Map.of("memberId", "nguoi.ngoai", "answers", EvaluationFixtures.answersTotalling(RULES, new BigDecimal("80"))))
                .post(Flow.entry(ids[0], ids[1]) + "/score-sheets")
                .then().statusCode(403).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("memberId"));
        assertThat(sheetCount(ids[0], ids[1])).isZero();
        assertThat(auditCount(ids[2])).isEqualTo(audit);
    }

    @Test
    void theSecretaryDoesNotScore() {
        long[] ids = provinceRoundWithDossier();
        Flow.sheet(ids[0], ids[1], Flow.SECRETARY, EvaluationFixtures.answersTotalling(RULES, new BigDecimal("80")))
                .then().statusCode(403).contentType(startsWith("application/problem+json"));
        assertThat(sheetCount(ids[0], ids[1])).isZero();
    }

    @Test
    void aSheetForAClosedRoundIsRefused() {
        long[] ids = provinceRoundWithDossier();
        given().header("If-Match", Flow.etag("/api/v1/evaluation-rounds/" + ids[0]))
                .post("/api/v1/evaluation-rounds/" + ids[0] + "/closure").then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        Flow.sheet(ids[0], ids[1], Flow.MEMBER, EvaluationFixtures.answersTotalling(RULES, new BigDecimal("80")))
                .then().statusCode(409).contentType(startsWith("application/problem+json"));
        assertThat(sheetCount(ids[0], ids[1])).isZero();
    }

    @Test
    void aSheetWithAnUnknownOptionNamesTheCriterion() {
        long[] ids = provinceRoundWithDossier();
        Map<String, String> answers = new java.util.LinkedHashMap<>(
                EvaluationFixtures.answersTotalling(RULES, new BigDecimal("80")));
        String criterion = answers.keySet().iterator().next();
        answers.put(criterion, "khong-co");
        Flow.sheet(ids[0], ids[1], Flow.MEMBER, answers).then().statusCode(400)
                .body("errors[0].field", equalTo("answers." + criterion));
        assertThat(sheetCount(ids[0], ids[1])).isZero();
    }

    @Test
    void onlyTheChairClosesAndOnlyWhenEverySheetIsIn() {
        long[] ids = provinceRoundWithDossier();
        Flow.sheet(ids[0], ids[1], Flow.MEMBER, EvaluationFixtures.answersTotalling(RULES, new BigDecimal("80")))
                .then().statusCode(201);
        given().header(TestTokens.as(TestTokens.council(Flow.CHAIR))).post(Flow.entry(ids[0], ids[1]) + "/result/closure").then().statusCode(409);
        given().get(Flow.entry(ids[0], ids[1]) + "/result").then().statusCode(200).body("finalResult", equalTo(false))
                .body("missingMembers[0]", equalTo(Flow.CHAIR)).body("result.average", Flow.num("80"));
        Flow.sheet(ids[0], ids[1], Flow.CHAIR, EvaluationFixtures.answersTotalling(RULES, new BigDecimal("80")))
                .then().statusCode(201);
        given().header(TestTokens.as(TestTokens.council(Flow.MEMBER))).post(Flow.entry(ids[0], ids[1]) + "/result/closure").then().statusCode(403);
        Flow.decide(ids[0], ids[1], "RECOGNISE", 4, "UBND tỉnh Lào Cai", LocalDate.of(2026, 12, 20)).then().statusCode(409);
    }

    @Test
    void aSecondOpenDossierForOneProductIsAConflict() {
        long[] ids = provinceRoundWithDossier();
        long before = given().queryParam("productId", ids[2]).get("/api/v1/dossiers").then().extract().jsonPath()
                .getLong("total");
        given().contentType("application/json").body(Map.of("productId", ids[2], "evaluationType", "NEW",
                "filedOn", "2026-09-02")).post("/api/v1/dossiers").then().statusCode(409)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("productId"));
        given().queryParam("productId", ids[2]).get("/api/v1/dossiers").then().body("total", equalTo((int) before));
    }

    @Test
    void aDossierNamingARuleSetNotInForceIsRefused() {
        long province = fixtures.area("Hà Giang", AreaLevel.PROVINCE, null);
        long product = fixtures.product("Chè Shan tuyết " + EvaluationFixtures.unique(), "HTX Chè", province);
        given().contentType("application/json").body(Map.of("productId", product, "evaluationType", "NEW",
                "filedOn", "2026-09-02", "ruleSetId", "QD-148-2023")).post("/api/v1/dossiers").then().statusCode(400)
                .body("errors[0].field", equalTo("ruleSetId"));
        given().queryParam("productId", product).get("/api/v1/dossiers").then().body("total", equalTo(0));
    }

    @Test
    void concurrentSubmissionsOfOneMembersSheetStoreOneSheet() throws Exception {
        long[] ids = provinceRoundWithDossier();
        Map<String, String> answers = EvaluationFixtures.answersTotalling(RULES, new BigDecimal("85"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> {
                    Response r = Flow.sheet(ids[0], ids[1], Flow.MEMBER, answers);
                    return r.statusCode();
                });
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
            assertThat(statuses.stream().filter(s -> s == 409)).hasSize(7);
        } finally {
            pool.shutdown();
        }
        assertThat(sheetCount(ids[0], ids[1])).isEqualTo(1);
    }
}
