package vn.ocop.api.evaluation;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.security.TestTokens;

/**
 * 26/2026 Điều 12.2, asked of the engine ({@code Catalogue.ruleSetForDossier} with the dossier's evaluation type):
 * a dossier filed before 22 May 2026 under QD-148-1489-2025 finishes under it for 60 days (new, upgrade) or 30 days
 * (re-evaluation) from 22 May 2026, i.e. through 20 Jul or 20 Jun 2026; later it is evaluated under QD-26-2026.
 */
@QuarkusTest
class TransitionalRuleSetTest {

    private static final LocalDate FILED = LocalDate.of(2026, 5, 10);

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
        Flow.reset();
    }

    private long atTheProvince(long commune, String type, boolean certified) {
        long product = fixtures.product("Mật ong bạc hà " + EvaluationFixtures.unique(), "HTX Ong mật Mèo Vạc", commune);
        if (certified) {
            fixtures.paperCertificate(product, 3, "QD-148-2023", LocalDate.of(2023, 7, 1));
        }
        long dossier = Flow.dossier(product, type, FILED);
        RestAssured.given().get("/api/v1/dossiers/" + dossier).then().body("ruleSetId", equalTo("QD-148-1489-2025"));
        Flow.submit(dossier).then().statusCode(200);
        Flow.communeAssessment(dossier, LocalDate.of(2026, 5, 20)).then().statusCode(200);
        return dossier;
    }

    @Test
    void aReEvaluationFiledOn10MayAndDecidedOn3JulyIsUnder26ANewDossierStillUnder1489() {
        long province = fixtures.area("Hà Giang", AreaLevel.PROVINCE, null);
        long commune = fixtures.area("Mèo Vạc", AreaLevel.COMMUNE, province);
        long reEvaluation = atTheProvince(commune, "RE_EVALUATION", true);
        long fresh = atTheProvince(commune, "NEW", false);
        long round = Flow.round("PROVINCE", province, null, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 3));
        Flow.addDossier(round, reEvaluation).then().statusCode(201).body("ruleSetId", equalTo("QD-26-2026"));
        Flow.addDossier(round, fresh).then().statusCode(201).body("ruleSetId", equalTo("QD-148-1489-2025"));
    }

    @Test
    void aReEvaluationDecidedBy20JuneStaysUnder1489() {
        long province = fixtures.area("Cao Bằng", AreaLevel.PROVINCE, null);
        long commune = fixtures.area("Trùng Khánh", AreaLevel.COMMUNE, province);
        long reEvaluation = atTheProvince(commune, "RE_EVALUATION", true);
        long round = Flow.round("PROVINCE", province, null, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 20));
        Flow.addDossier(round, reEvaluation).then().statusCode(201).body("ruleSetId", equalTo("QD-148-1489-2025"));
    }
}
