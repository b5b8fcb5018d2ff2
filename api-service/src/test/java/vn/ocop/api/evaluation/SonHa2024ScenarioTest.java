package vn.ocop.api.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.certificate.Certificate;
import vn.ocop.api.certificate.CertificateStatus;
import vn.ocop.api.security.Role;
import vn.ocop.api.security.TestTokens;

/**
 * Sơn Hà district (Quảng Ngãi), plan 66/KH-UBND of 2024 under 148: district rounds recognise 7 products at 3★+
 * (2 re-evaluated, 5 new); one scores 72 at the district and is sent to the province, which recognises 4★.
 */
@QuarkusTest
class SonHa2024ScenarioTest {

    @BeforeEach
    void signIn() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
        Flow.reset();
    }

    private static final String RULES = "QD-148-2023";

    @Inject
    EvaluationFixtures fixtures;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void districtRecognisesSixAt3StarsAndSendsTheOneAt72ToTheProvince() {
        long province = fixtures.area("Quảng Ngãi", AreaLevel.PROVINCE, null);
        long district = fixtures.area("Sơn Hà", AreaLevel.DISTRICT, province);
        long commune = fixtures.area("Sơn Thành", AreaLevel.COMMUNE, district);
        // Sơn Hà's district officer runs the district round under 148; Quảng Ngãi's officer the provincial one.
        String districtPath = fixtures.areaPath(district);
        TestTokens.authenticateEveryRequest(TestTokens.officer(Role.DISTRICT, districtPath));
        Flow.decideAs(Flow.deciderOf(Role.DISTRICT, districtPath));
        List<Long> products = new ArrayList<>();
        List<Long> paper = new ArrayList<>();
        String[] names = {"Chè xanh Sơn Hà", "Quế Sơn Hà", "Bưởi da xanh", "Mật ong rừng", "Gạo lứt đỏ", "Chuối mốc sấy",
            "Măng khô Ca Dong"};
        for (int i = 0; i < names.length; i++) {
            long product = fixtures.product(names[i] + " " + EvaluationFixtures.unique(), "HTX Nông nghiệp Sơn Thành", commune);
            products.add(product);
            if (i < 2) {
                paper.add(fixtures.paperCertificate(product, 3, "QD-1048-2019", LocalDate.of(2021, 6, 1)));
            }
        }
        List<Long> dossiers = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            long dossier = Flow.dossier(products.get(i), i < 2 ? "RE_EVALUATION" : "NEW", LocalDate.of(2024, 9, 10));
            given().get("/api/v1/dossiers/" + dossier).then().body("ruleSetId", equalTo(RULES));
            Flow.submit(dossier).then().statusCode(200).body("status", equalTo("SUBMITTED"))
                    .body("queueLevel", equalTo("DISTRICT"));
            dossiers.add(dossier);
        }

        long districtRound = Flow.round("DISTRICT", district, null, LocalDate.of(2024, 11, 4), LocalDate.of(2024, 11, 28));
        given().get("/api/v1/evaluation-rounds/" + districtRound).then().body("ruleSetId", equalTo(RULES))
                .body("legalWindow.applies", equalTo(false));
        for (long dossier : dossiers) {
            Flow.addDossier(districtRound, dossier).then().statusCode(201).body("ruleSetId", equalTo(RULES));
        }

        // Six products at an average of 65 with every 3★ mark met: the district recognises 3★.
        for (int i = 0; i < 6; i++) {
            long dossier = dossiers.get(i);
            JsonPath result = Flow.scoreAndClose(districtRound, dossier, RULES, new BigDecimal("65"), new BigDecimal("2"))
                    .then().statusCode(200).extract().jsonPath();
            assertThat(result.getBoolean("finalResult")).isTrue();
            assertThat(new BigDecimal(result.getString("result.average"))).isEqualByComparingTo(expectedAverage(65, 2));
            assertThat(result.getInt("result.stars")).isEqualTo(3);
            assertThat(result.getString("result.nextStep.action")).isEqualTo("RECOGNISE");
            Flow.decide(districtRound, dossier, "RECOGNISE", null, "UBND huyện Sơn Hà", LocalDate.of(2024, 11, 28))
                    .then().statusCode(201).body("stars", equalTo(3)).body("decidingLevel", equalTo("DISTRICT"))
                    .body("decidedBy", equalTo("chu.tich.ubnd"));
        }

        // The seventh averages 72: the district may not recognise it; it sends it to the province.
        long sentUp = dossiers.get(6);
        JsonPath at72 = Flow.scoreAndClose(districtRound, sentUp, RULES, new BigDecimal("72"), BigDecimal.ONE)
                .then().statusCode(200).extract().jsonPath();
        assertThat(new BigDecimal(at72.getString("result.average"))).isEqualByComparingTo("72");
        assertThat(at72.getString("result.nextStep.action")).isEqualTo("SEND_UP");
        long certificatesBefore = certificateCount(district);
        Flow.decide(districtRound, sentUp, "RECOGNISE", 4, "UBND huyện Sơn Hà", LocalDate.of(2024, 11, 28))
                .then().statusCode(409).contentType(startsWith("application/problem+json"));
        Flow.decide(districtRound, sentUp, "RECOGNISE", 3, "UBND huyện Sơn Hà", LocalDate.of(2024, 11, 28))
                .then().statusCode(409);
        assertThat(certificateCount(district)).isEqualTo(certificatesBefore);
        given().get("/api/v1/dossiers/" + sentUp).then().body("status", equalTo("UNDER_EVALUATION"));
        Flow.decide(districtRound, sentUp, "SEND_UP", null, "UBND huyện Sơn Hà", LocalDate.of(2024, 11, 28))
                .then().statusCode(201).body("targetLevel", equalTo("PROVINCE"));
        given().get("/api/v1/dossiers/" + sentUp).then().body("status", equalTo("SENT_UP"))
                .body("queueLevel", equalTo("PROVINCE"));
        given().queryParam("queueLevel", "PROVINCE").queryParam("areaId", province).get("/api/v1/dossiers")
                .then().body("items.id", org.hamcrest.Matchers.hasItem((int) sentUp));

        String provincePath = fixtures.areaPath(province);
        TestTokens.authenticateEveryRequest(TestTokens.officer(Role.PROVINCE, provincePath));
        Flow.decideAs(Flow.deciderOf(Role.PROVINCE, provincePath));
        long provinceRound = Flow.round("PROVINCE", province, null, LocalDate.of(2024, 12, 2), LocalDate.of(2024, 12, 20));
        Flow.addDossier(provinceRound, sentUp).then().statusCode(201);
        Flow.scoreAndClose(provinceRound, sentUp, RULES, new BigDecimal("75"), BigDecimal.ONE).then().statusCode(200)
                .body("result.stars", equalTo(4)).body("result.nextStep.action", equalTo("RECOGNISE"));
        Flow.decide(provinceRound, sentUp, "RECOGNISE", 4, "UBND tỉnh Quảng Ngãi", LocalDate.of(2024, 12, 20))
                .then().statusCode(201).body("decidingLevel", equalTo("PROVINCE"));

        // Seven products at 3★+ in the district in 2024: 2 re-evaluated, 5 new.
        JsonPath certificates = given().queryParam("areaId", district).queryParam("status", "VALID").queryParam("size", 50)
                .get("/api/v1/certificates").then().statusCode(200).extract().jsonPath();
        assertThat(certificates.getInt("total")).isEqualTo(7);
        List<Map<String, Object>> items = certificates.getList("items");
        assertThat(items).allSatisfy(c -> assertThat(c.get("issuedOn").toString()).startsWith("2024-"));
        assertThat(items.stream().filter(c -> "RE_EVALUATION".equals(c.get("evaluationType")))).hasSize(2);
        assertThat(items.stream().filter(c -> "NEW".equals(c.get("evaluationType")))).hasSize(5);
        assertThat(items.stream().filter(c -> Integer.valueOf(4).equals(c.get("stars")))).hasSize(1);
        assertThat(items.stream().filter(c -> "RE_EVALUATION".equals(c.get("evaluationType"))))
                .allSatisfy(c -> assertThat(c.get("previousStars")).isEqualTo(3));

        for (long old : paper) {
            Certificate superseded = fixtures.certificateById(old);
            assertThat(superseded.status).isEqualTo(CertificateStatus.SUPERSEDED);
            assertThat(superseded.supersededBy).isNotNull();
        }
        var product = fixtures.productById(products.get(6));
        assertThat(product.currentStars).isEqualTo(4);
        assertThat(product.stage.name()).isEqualTo("CERTIFIED");
        Certificate current = fixtures.certificateById(product.currentCertificateId);
        assertThat(current.expiresOn).isEqualTo(LocalDate.of(2027, 12, 20));
        assertThat(current.evaluationType.name()).isEqualTo("NEW");
        assertThat(current.areaPath).isEqualTo(product.areaPath);
    }

    private long certificateCount(long areaId) {
        return given().queryParam("areaId", areaId).get("/api/v1/certificates").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    /** Mean of the two members' totals, computed from the catalogue here, not by the engine. */
    private static BigDecimal expectedAverage(int average, int spread) {
        BigDecimal a = EvaluationFixtures.totalOf(RULES,
                EvaluationFixtures.answersTotalling(RULES, BigDecimal.valueOf(average + spread)));
        BigDecimal b = EvaluationFixtures.totalOf(RULES,
                EvaluationFixtures.answersTotalling(RULES, BigDecimal.valueOf(average - spread)));
        return a.add(b).divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
    }
}
