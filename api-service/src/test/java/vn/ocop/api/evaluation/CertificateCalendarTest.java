package vn.ocop.api.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.common.time.ClockProducer;
import vn.ocop.api.security.Role;
import vn.ocop.api.security.TestTokens;

/** Certificate lists, revocation, the audit log per product. */
@QuarkusTest
class CertificateCalendarTest {

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

    @Test
    void expiringListsUseTheRuleSetsCalendar() {
        long province = fixtures.area("Ninh Bình", AreaLevel.PROVINCE, null);
        long p148 = fixtures.product("Cơm cháy Ninh Bình " + EvaluationFixtures.unique(), "Công ty Cơm cháy", province);
        long p26 = fixtures.product("Rượu Kim Sơn " + EvaluationFixtures.unique(), "HTX Kim Sơn", province);
        long c148 = fixtures.paperCertificate(p148, 3, "QD-148-2023", LocalDate.of(2023, 10, 1));
        long c26 = fixtures.paperCertificate(p26, 4, "QD-26-2026", LocalDate.of(2026, 6, 1));
        given().queryParam("areaId", province).queryParam("expiringWithinDays", 60).queryParam("asOf", "2026-08-15")
                .get("/api/v1/certificates").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo((int) c148)).body("items[0].warnBy", equalTo("2026-09-01"))
                .body("items[0].state", equalTo("VALID"));
        given().queryParam("asOf", "2026-09-05").get("/api/v1/certificates/" + c148).then()
                .body("state", equalTo("EXPIRING"));
        given().queryParam("asOf", "2029-01-01").get("/api/v1/certificates/" + c26).then()
                .body("state", equalTo("EXPIRING")).body("reEvaluationFrom", equalTo("2028-12-03"))
                .body("reEvaluationUntil", equalTo("2029-02-01")).body("validThrough", equalTo("2029-06-01"));
        given().queryParam("areaId", province).queryParam("expiredWithoutReEvaluation", true)
                .queryParam("asOf", "2026-10-02").get("/api/v1/certificates").then().body("total", equalTo(1))
                .body("items[0].state", equalTo("EXPIRED"));
        given().queryParam("expiringWithinDays", -1).get("/api/v1/certificates").then().statusCode(400);

        // Under 26/2026 the re-evaluation is filed 180 to 120 days before expiry: before the window is refused with the
        // window; after it is accepted and recorded late, without grace (the grace is for a window that could not be met).
        given().queryParam("asOf", "2029-07-01").get("/api/v1/certificates/" + c26).then()
                .body("state", equalTo("EXPIRED")).body("graceUntil", equalTo(null));
        given().contentType("application/json").header("Accept-Language", "en")
                .body(java.util.Map.of("productId", p26, "evaluationType", "RE_EVALUATION", "filedOn", "2028-12-02"))
                .post("/api/v1/dossiers").then().statusCode(409).body("errors[0].field", equalTo("filedOn"))
                .body("errors[0].reason", org.hamcrest.Matchers.containsString("2028-12-03 to 2029-02-01"));
        long late = Flow.dossier(p26, "RE_EVALUATION", LocalDate.of(2029, 5, 20));
        given().get("/api/v1/dossiers/" + late).then().body("reEvaluationTiming", equalTo("LATE"));
        given().queryParam("asOf", "2029-07-01").get("/api/v1/certificates/" + c26).then()
                .body("state", equalTo("EXPIRED")).body("validThrough", equalTo("2029-06-01"));
        given().queryParam("asOf", "2029-11-29").get("/api/v1/certificates/" + c26).then().body("state", equalTo("EXPIRED"));
    }

    @Test
    void revocationNeedsIfMatchAGroundAndKeepsTheCertificate() {
        long province = fixtures.area("Hà Tĩnh", AreaLevel.PROVINCE, null);
        long product = fixtures.product("Kẹo cu đơ " + EvaluationFixtures.unique(), "Cơ sở Kẹo cu đơ", province);
        long cert = fixtures.paperCertificate(product, 3, "QD-148-2023", LocalDate.of(2024, 1, 10));
        String path = "/api/v1/certificates/" + cert + "/revocation";
        Map<String, Object> body = Map.of("ground", "PRODUCTION_STOPPED", "revokedOn", "2025-09-02",
                "revokingLevel", "PROVINCE", "revokingBody", "UBND tỉnh Hà Tĩnh", "note", "Cơ sở đã ngừng sản xuất");
        // Under 148+1489 (in force on 2 Sep 2025) the province recognises 3★, so only it revokes a 3★ certificate.
        given().contentType("application/json").header("If-Match", Flow.etag("/api/v1/certificates/" + cert))
                .body(Map.of("ground", "PRODUCTION_STOPPED", "revokedOn", "2025-09-02", "revokingLevel", "CENTRE",
                        "revokingBody", "Bộ Nông nghiệp và Môi trường")).post(path)
                .then().statusCode(409).body("errors[0].field", equalTo("revokingLevel"));
        given().contentType("application/json").body(body).post(path).then().statusCode(428);
        given().contentType("application/json").header("If-Match", "\"99\"").body(body).post(path).then().statusCode(412);
        given().contentType("application/json").header("If-Match", Flow.etag("/api/v1/certificates/" + cert))
                .body(Map.of("revokedOn", "2025-09-02", "revokingLevel", "PROVINCE", "revokingBody", "UBND tỉnh Hà Tĩnh")).post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("ground"));
        // A revocation takes effect on its date: it cannot be recorded ahead of the day (the limit is today).
        String tomorrow = LocalDate.now(ClockProducer.VIETNAM).plusDays(1).toString();
        Map<String, Object> ahead = new java.util.HashMap<>(body);
        ahead.put("revokedOn", tomorrow);
        given().contentType("application/json").header("Accept-Language", "en")
                .header("If-Match", Flow.etag("/api/v1/certificates/" + cert)).body(ahead).post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("revokedOn"))
                .body("errors[0].reason", equalTo("a revocation cannot be dated after today ("
                        + LocalDate.now(ClockProducer.VIETNAM) + ")"));
        given().contentType("application/json").header("If-Match", Flow.etag("/api/v1/certificates/" + cert))
                .header(TestTokens.as(TestTokens.builder("pho.chu.tich.tinh", Role.ADMIN).sign())).body(body).post(path).then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("state", equalTo("REVOKED"))
                .body("revocationGround", equalTo("PRODUCTION_STOPPED")).body("revokedBy", equalTo("pho.chu.tich.tinh"));
        given().contentType("application/json").header("If-Match", Flow.etag("/api/v1/certificates/" + cert))
                .body(body).post(path).then().statusCode(409);
        var p = fixtures.productById(product);
        assertThat(p.currentStars).isNull();
        assertThat(p.stage.name()).isEqualTo("REVOKED");
        given().get("/api/v1/products/" + product + "/timeline").then().statusCode(200)
                .body("kind", hasItem("CERTIFICATE_REVOKED")).body("kind", not(hasItem("CERTIFICATE_EXPIRES")));
        given().get("/api/v1/products/" + product + "/audit-log").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].action", equalTo("certificate.revoke"))
                .body("items[0].actor", equalTo("pho.chu.tich.tinh"))
                .body("items[0].before.status", equalTo("VALID")).body("items[0].after.status", equalTo("REVOKED"));
    }

    @Test
    void everyDossierWriteIsInTheProductsAuditLog() {
        long province = fixtures.area("Bắc Kạn", AreaLevel.PROVINCE, null);
        long product = fixtures.product("Miến dong Na Rì " + EvaluationFixtures.unique(), "HTX Miến dong", province);
        // The producer files and submits its own dossier; the commune officer returns it.
        TestTokens.authenticateEveryRequest(TestTokens.builder("chu.the", Role.PRODUCER)
                .producerId(fixtures.producerOf(product)).sign());
        long dossier = Flow.dossier(product, "NEW", LocalDate.of(2026, 8, 1));
        Flow.submit(dossier).then().statusCode(200);
        TestTokens.authenticateEveryRequest(TestTokens.builder("can.bo.xa", Role.COMMUNE)
                .areaPath(fixtures.areaPath(province)).sign());
        given().contentType("application/json").header("If-Match", Flow.etag("/api/v1/dossiers/" + dossier))
                .body(Map.of("reason", "Thiếu phiếu kiểm nghiệm chất lượng"))
                .post("/api/v1/dossiers/" + dossier + "/return").then().statusCode(200)
                .body("status", equalTo("RETURNED")).body("returnReason", equalTo("Thiếu phiếu kiểm nghiệm chất lượng"));
        given().get("/api/v1/products/" + product + "/audit-log").then().statusCode(200).body("total", equalTo(3))
                .body("items.action", org.hamcrest.Matchers.contains("dossier.create", "dossier.submit", "dossier.return"))
                .body("items[0].actor", equalTo("chu.the")).body("items[2].actor", equalTo("can.bo.xa"))
                .body("items[2].before.status", equalTo("SUBMITTED"));
        given().get("/api/v1/products/999999999/audit-log").then().statusCode(404);
    }
}
