package vn.ocop.api.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.security.Role;
import vn.ocop.api.security.TestTokens;

/**
 * Tân Kỳ commune (Thái Nguyên) 2025 under 148 as amended by 1489: three expired certificates are re-certified
 * through commune assessment and a provincial round; no district step exists any more.
 */
@QuarkusTest
class TanKy2025ScenarioTest {

    @BeforeEach
    void signIn() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
        Flow.reset();
    }

    private static final String RULES = "QD-148-1489-2025";

    @Inject
    EvaluationFixtures fixtures;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void threeExpiredCertificatesAreRecertifiedByTheProvinceAfterCommuneAssessment() {
        long province = fixtures.area("Thái Nguyên", AreaLevel.PROVINCE, null);
        long commune = fixtures.area("Tân Kỳ", AreaLevel.COMMUNE, province);
        // The province's OCOP officer runs the cycle; the commune's officer assesses; council members score.
        String provincePath = fixtures.areaPath(province);
        TestTokens.authenticateEveryRequest(TestTokens.officer(Role.PROVINCE, provincePath));
        Flow.decideAs(Flow.deciderOf(Role.PROVINCE, provincePath));
        String communeOfficer = TestTokens.builder("can.bo.xa", Role.COMMUNE).areaPath(fixtures.areaPath(commune)).sign();
        String[][] products = {{"Trà hoa hồng", "HTX Trà Hạnh Phúc"}, {"Muối vừng Sáng Lê", "Hộ kinh doanh Hà Ngọc Sáng"},
            {"Nếp nương Đáyzang", "HTX nông nghiệp sạch Tân Sơn"}};
        List<Long> ids = new ArrayList<>();
        List<Long> expired = new ArrayList<>();
        for (String[] p : products) {
            long id = fixtures.product(p[0] + " " + EvaluationFixtures.unique(), p[1], commune);
            ids.add(id);
            expired.add(fixtures.paperCertificate(id, 3, "QD-1048-2019", LocalDate.of(2022, 3, 15)));
        }
        LocalDate asOf = LocalDate.of(2025, 8, 1);
        given().queryParam("expiredWithoutReEvaluation", true).queryParam("asOf", asOf.toString())
                .queryParam("areaId", province).get("/api/v1/certificates")
                .then().statusCode(200).body("total", equalTo(3)).body("items.state", hasItem("EXPIRED"));

        List<Long> dossiers = new ArrayList<>();
        for (long id : ids) {
            long dossier = Flow.dossier(id, "RE_EVALUATION", LocalDate.of(2025, 8, 5));
            given().get("/api/v1/dossiers/" + dossier).then().body("ruleSetId", equalTo(RULES));
            Flow.submit(dossier).then().statusCode(200).body("queueLevel", equalTo("COMMUNE"));
            dossiers.add(dossier);
        }
        // Filed for re-evaluation: no longer "expired without re-evaluation".
        given().queryParam("expiredWithoutReEvaluation", true).queryParam("asOf", asOf.toString())
                .queryParam("areaId", province).get("/api/v1/certificates").then().body("total", equalTo(0));

        // Districts no longer evaluate under 148+1489.
        long district = fixtures.area("Huyện cũ", AreaLevel.DISTRICT, province);
        Flow.createRound("DISTRICT", district, null, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 20))
                .then().statusCode(409).body("errors[0].field", equalTo("level"));

        long round = Flow.round("PROVINCE", province, null, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 30));
        given().get("/api/v1/evaluation-rounds/" + round).then().body("ruleSetId", equalTo(RULES));
        // Not assessed by the commune yet: not in the province's queue.
        Flow.addDossier(round, dossiers.get(0)).then().statusCode(409);
        for (long dossier : dossiers) {
            Flow.communeAssessment(dossier, LocalDate.of(2025, 9, 15), communeOfficer).then().statusCode(200)
                    .body("status", equalTo("COMMUNE_ASSESSED")).body("queueLevel", equalTo("PROVINCE"))
                    .body("communeAssessment.localLabour", equalTo("15 lao động địa phương"))
                    .body("communeAssessedBy", equalTo("can.bo.xa"));
            Flow.addDossier(round, dossier).then().statusCode(201).body("ruleSetId", equalTo(RULES));
        }
        for (long dossier : dossiers) {
            Flow.scoreAndClose(round, dossier, RULES, new BigDecimal("66"), new BigDecimal("3"))
                    .then().statusCode(200).body("result.stars", equalTo(3))
                    .body("result.nextStep.action", equalTo("RECOGNISE"))
                    .body("result.nextStep.recognisingLevel", equalTo("PROVINCE"));
            Flow.decide(round, dossier, "RECOGNISE", 3, "UBND tỉnh Thái Nguyên", LocalDate.of(2025, 10, 30))
                    .then().statusCode(201);
            given().get("/api/v1/dossiers/" + dossier).then().body("status", equalTo("RECOGNISED"));
        }
        var list = given().queryParam("areaId", province).queryParam("status", "VALID").get("/api/v1/certificates")
                .then().statusCode(200).extract().jsonPath();
        assertThat(list.getInt("total")).isEqualTo(3);
        assertThat(list.getList("items.evaluationType", String.class)).containsOnly("RE_EVALUATION");
        assertThat(list.getList("items.ruleSetId", String.class)).containsOnly(RULES);
        assertThat(list.getList("items.previousStars", Integer.class)).containsOnly(3);
        assertThat(list.getList("items.expiresOn", String.class)).containsOnly("2028-10-30");
        for (long old : expired) {
            assertThat(fixtures.certificateById(old).status.name()).isEqualTo("SUPERSEDED");
        }
        given().queryParam("expiredWithoutReEvaluation", true).queryParam("asOf", "2025-11-01")
                .queryParam("areaId", province).get("/api/v1/certificates").then().body("total", equalTo(0))
                .body("items.id", not(hasItem(expired.get(0).intValue())));
    }
}
