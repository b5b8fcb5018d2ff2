package vn.ocop.api.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.common.time.Today;
import vn.ocop.api.security.TestTokens;

/**
 * Which decision a closed result allows and on which dates: the engine's {@code DecisionRules}, asked by the API.
 * A certificate is in force from its decision's date (26/2026 Điều 4.3), so a decision dated after the day it is
 * recorded, or before its round opened, is refused.
 */
@QuarkusTest
class DecisionLegalityTest {

    private static final String RULES = "QD-26-2026";
    private static final LocalDate ROUND_OPENS = LocalDate.of(2026, 9, 1);

    @Inject
    EvaluationFixtures fixtures;

    @Inject
    Today today;

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
        Flow.reset();
    }

    /** A 26/2026 provincial round opening on {@link #ROUND_OPENS} with one dossier whose result (80 points) is closed. */
    private long[] closedResult() {
        long province = fixtures.area("Yên Bái", AreaLevel.PROVINCE, null);
        long commune = fixtures.area("Suối Giàng", AreaLevel.COMMUNE, province);
        long product = fixtures.product("Chè Shan tuyết " + EvaluationFixtures.unique(), "HTX Chè Suối Giàng", commune);
        long dossier = Flow.dossier(product, "NEW", LocalDate.of(2026, 8, 3));
        Flow.submit(dossier).then().statusCode(200);
        Flow.communeAssessment(dossier, LocalDate.of(2026, 8, 20)).then().statusCode(200);
        long round = Flow.round("PROVINCE", province, null, ROUND_OPENS, LocalDate.of(2026, 12, 20));
        Flow.addDossier(round, dossier).then().statusCode(201).body("ruleSetId", equalTo(RULES));
        Flow.scoreAndClose(round, dossier, RULES, new BigDecimal("80"), new BigDecimal("2")).then().statusCode(200)
                .body("result.nextStep.action", equalTo("RECOGNISE")).body("result.stars", equalTo(4));
        return new long[] {round, dossier};
    }

    private static ValidatableResponse refusedDate(ValidatableResponse response, String reason) {
        return response.statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("decisionDate")).body("errors[0].reason", equalTo(reason));
    }

    @Test
    void aDecisionIsDatedNoLaterThanToday() {
        long[] ids = closedResult();
        LocalDate day = today.date();
        String reason = "ngày quyết định không được sau ngày hôm nay (" + day + ")";
        // Before: a decision dated a week ahead gave a certificate public verification showed as valid today.
        refusedDate(Flow.decide(ids[0], ids[1], "RECOGNISE", 4, "UBND tỉnh Yên Bái", day.plusDays(8)).then(), reason);
        refusedDate(Flow.decide(ids[0], ids[1], "RECOGNISE", 4, "UBND tỉnh Yên Bái", day.plusDays(1)).then(), reason);
        given().get(Flow.entry(ids[0], ids[1]) + "/decision").then().statusCode(404);
        Flow.decide(ids[0], ids[1], "RECOGNISE", 4, "UBND tỉnh Yên Bái", day).then().statusCode(201)
                .body("decisionDate", equalTo(day.toString()));
    }

    @Test
    void aDecisionIsDatedNoEarlierThanItsRoundOpened() {
        long[] ids = closedResult();
        refusedDate(Flow.decide(ids[0], ids[1], "NOT_RECOGNISED", null, "UBND tỉnh Yên Bái", ROUND_OPENS.minusDays(1)).then(),
                "ngày quyết định không được trước ngày bắt đầu đợt đánh giá (2026-09-01)");
        Flow.decide(ids[0], ids[1], "NOT_RECOGNISED", null, "UBND tỉnh Yên Bái", ROUND_OPENS).then().statusCode(201)
                .body("kind", equalTo("NOT_RECOGNISED")).body("decisionDate", equalTo("2026-09-01"));
    }

    @Test
    void aRefusedDecisionNamesTheKindsAndStarsTheResultAllows() {
        long[] ids = closedResult();
        given().header("Accept-Language", "en").contentType("application/json")
                .body(Map.of("kind", "SEND_UP", "decisionDate", "2026-11-30")).post(Flow.entry(ids[0], ids[1]) + "/decision")
                .then().statusCode(409).body("detail", startsWith("SEND_UP is not allowed at level PROVINCE on this result"
                        + " (next step: RECOGNISE; allowed: RECOGNISE, NOT_RECOGNISED)"));
        given().header("Accept-Language", "en").contentType("application/json")
                .body(Map.of("kind", "RECOGNISE", "stars", 3, "decidingBody", "UBND tỉnh Yên Bái",
                        "decisionNumber", "12/QĐ-UBND", "decisionDate", "2026-11-30"))
                .post(Flow.entry(ids[0], ids[1]) + "/decision")
                .then().statusCode(409).body("detail", startsWith("Level PROVINCE cannot recognise 3★ on this result"
                        + " (recognisable: 4★)"));
        given().get(Flow.entry(ids[0], ids[1]) + "/decision").then().statusCode(404);
    }
}
