package vn.ocop.api.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.certificate.Certificate;
import vn.ocop.api.security.TestTokens;

/** Tuyên Quang 2024: one product upgraded from 4★ to 5★ through the district, province and central rounds (148). */
@QuarkusTest
class UpgradeToFiveStarsTest {

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
    void aFourStarProductIsUpgradedToFiveStarsByTheCentre() {
        long province = fixtures.area("Tuyên Quang", AreaLevel.PROVINCE, null);
        long city = fixtures.area("Thành phố Tuyên Quang", AreaLevel.DISTRICT, province);
        long ward = fixtures.area("Phường Minh Xuân", AreaLevel.COMMUNE, city);
        long product = fixtures.product("Cam sành Hàm Yên " + EvaluationFixtures.unique(), "HTX Cam sành", ward);
        long fourStars = fixtures.paperCertificate(product, 4, RULES, LocalDate.of(2023, 6, 1));
        long first = Flow.dossier(product, "UPGRADE", LocalDate.of(2023, 9, 1));
        Flow.submit(first).then().statusCode(200);
        Flow.submit(first).then().statusCode(409);
        given().header("If-Match", Flow.etag("/api/v1/dossiers/" + first)).post("/api/v1/dossiers/" + first + "/withdrawal")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));

        long upgrade = Flow.dossier(product, "UPGRADE", LocalDate.of(2024, 4, 2));
        // Copied from the last dossier: evidence is not typed twice.
        given().get("/api/v1/dossiers/" + upgrade).then().body("previousDossierId", equalTo((int) first))
                .body("evidence.size()", equalTo(1));
        Flow.submit(upgrade).then().statusCode(200);

        long districtRound = Flow.round("DISTRICT", city, null, LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 20));
        Flow.addDossier(districtRound, upgrade).then().statusCode(201);
        Flow.scoreAndClose(districtRound, upgrade, RULES, new BigDecimal("95"), new BigDecimal("3")).then().statusCode(200)
                .body("result.nextStep.action", equalTo("SEND_UP"));
        Flow.decide(districtRound, upgrade, "SEND_UP", null, "UBND thành phố Tuyên Quang", LocalDate.of(2024, 10, 20))
                .then().statusCode(201);

        long provinceRound = Flow.round("PROVINCE", province, null, LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 20));
        Flow.addDossier(provinceRound, upgrade).then().statusCode(201);
        Flow.scoreAndClose(provinceRound, upgrade, RULES, new BigDecimal("96"), new BigDecimal("2")).then().statusCode(200)
                .body("result.nextStep.action", equalTo("SEND_UP")).body("result.nextStep.targetLevel", equalTo("CENTRE"));
        // The province may not recognise 5★.
        Flow.decide(provinceRound, upgrade, "RECOGNISE", 5, "UBND tỉnh Tuyên Quang", LocalDate.of(2024, 11, 20))
                .then().statusCode(409);
        Flow.decide(provinceRound, upgrade, "SEND_UP", null, "UBND tỉnh Tuyên Quang", LocalDate.of(2024, 11, 20))
                .then().statusCode(201);

        long centre = Flow.round("CENTRE", province, null, LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 20));
        Flow.addDossier(centre, upgrade).then().statusCode(201);
        Flow.scoreAndClose(centre, upgrade, RULES, new BigDecimal("97"), BigDecimal.ONE).then().statusCode(200)
                .body("result.stars", equalTo(5)).body("result.nextStep.action", equalTo("RECOGNISE"));
        Flow.decide(centre, upgrade, "RECOGNISE", 5, "Bộ Nông nghiệp và Phát triển nông thôn", LocalDate.of(2024, 12, 20))
                .then().statusCode(201).body("decidingLevel", equalTo("CENTRE"));

        var current = fixtures.productById(product);
        assertThat(current.currentStars).isEqualTo(5);
        Certificate issued = fixtures.certificateById(current.currentCertificateId);
        assertThat(issued.evaluationType.name()).isEqualTo("UPGRADE");
        assertThat(issued.previousStars).isEqualTo(4);
        assertThat(issued.stars).isEqualTo(5);
        Certificate old = fixtures.certificateById(fourStars);
        assertThat(old.status.name()).isEqualTo("SUPERSEDED");
        assertThat(old.supersededBy.id).isEqualTo(issued.id);

        // The final result never changes: no more sheets once closed.
        Flow.sheet(centre, upgrade, Flow.MEMBER, EvaluationFixtures.answersTotalling(RULES, new BigDecimal("70")))
                .then().statusCode(409);
        var timeline = given().get("/api/v1/products/" + product + "/timeline").then().statusCode(200)
                .extract().jsonPath();
        assertThat(timeline.getList("kind", String.class)).contains("DOSSIER_FILED", "RESULT", "DECISION_SEND_UP",
                "DECISION_RECOGNISE", "CERTIFICATE_ISSUED", "CERTIFICATE_SUPERSEDED", "CERTIFICATE_EXPIRES");
        assertThat(timeline.getList("kind", String.class).stream().filter("RESULT"::equals)).hasSize(3);
    }
}
