package vn.ocop.api.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.common.time.MovableClock;
import vn.ocop.api.security.TestTokens;

/**
 * Issue 10's acceptance walk: three certificates of one province cross expiry, the 26/2026 Điều 12.3 grace, a late
 * re-evaluation filing, a re-evaluation decision and a revocation; on every day from 10 Jul to 30 Sep 2026 (the
 * clock moved to that day) public verification, the internal certificate view, the product's shown stage and plan
 * progress give the same answer, and it is the answer the law gives (worked out here from the dates, by hand).
 */
@QuarkusTest
@TestProfile(CertificateCalendarWalkTest.WalkingClock.class)
class CertificateCalendarWalkTest {

    /**
     * The clock walks through 2026 while the test's tokens are issued now: the "issued in the future" check would
     * refuse them, so this profile allows ten years of clock skew (tokens still expire by the real clock).
     */
    public static class WalkingClock implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ocop.security.clock-skew", "P3650D");
        }
    }

    private static final LocalDate FIRST = LocalDate.of(2026, 7, 10);
    private static final LocalDate LAST = LocalDate.of(2026, 9, 30);
    private static final Set<String> IN_FORCE = Set.of("VALID", "EXPIRING", "IN_GRACE");

    @Inject
    EvaluationFixtures fixtures;

    @Inject
    MovableClock clock;

    @BeforeEach
    void signIn() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
    }

    @AfterEach
    void signOut() {
        clock.reset();
        TestTokens.reset();
        Flow.reset();
    }

    /** A product's certificate and the last day the law keeps it in force. */
    private record Walked(String name, long productId, long certificateId, String number, LocalDate lastDayInForce) {
    }

    @Test
    void everyViewAgreesOnEveryDay() {
        long province = fixtures.area("Tỉnh Quảng Ngãi " + EvaluationFixtures.unique(), AreaLevel.PROVINCE, null);
        long commune = fixtures.area("Xã Sơn Hà", AreaLevel.COMMUNE, province);

        // A: issued under 148, expires 15 Jul 2026; its window (180-120 days before) opened before 26/2026 took effect,
        // so it could not be met; re-evaluation filed 1 Jul: in grace after expiry until the decision (not recognised
        // on 10 Sep), which ends it: in force through 9 Sep.
        long productA = fixtures.product("Quế Trà Bồng " + EvaluationFixtures.unique(), "HTX Quế Trà Bồng", commune);
        long certA = fixtures.paperCertificate(productA, 3, "QD-148-2023", LocalDate.of(2023, 7, 15));
        long dossierA = Flow.dossier(productA, "RE_EVALUATION", LocalDate.of(2026, 7, 1));
        given().get("/api/v1/dossiers/" + dossierA).then().body("reEvaluationTiming", equalTo("WINDOW_MISSED"));
        given().get("/api/v1/certificates/" + certA).then().body("graceUntil", equalTo("2027-01-11"));
        Flow.submit(dossierA).then().statusCode(200);
        Flow.communeAssessment(dossierA, LocalDate.of(2026, 7, 10)).then().statusCode(200);
        long round = Flow.round("PROVINCE", province, "QD-26-2026", LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 30));
        Flow.addDossier(round, dossierA).then().statusCode(201);
        Flow.scoreAndClose(round, dossierA, "QD-26-2026", new BigDecimal("70"), BigDecimal.ZERO).then().statusCode(200);
        Flow.decide(round, dossierA, "NOT_RECOGNISED", null, "UBND tỉnh Quảng Ngãi", LocalDate.of(2026, 9, 10))
                .then().statusCode(201);

        // B: the same expiry, but its re-evaluation is filed after the certificate expired: late, no grace.
        long productB = fixtures.product("Mật ong Sơn Hà " + EvaluationFixtures.unique(), "HTX Ong Sơn Hà", commune);
        long certB = fixtures.paperCertificate(productB, 3, "QD-148-2023", LocalDate.of(2023, 7, 15));
        long dossierB = Flow.dossier(productB, "RE_EVALUATION", LocalDate.of(2026, 7, 20));
        given().get("/api/v1/dossiers/" + dossierB).then().body("reEvaluationTiming", equalTo("LATE"));

        // C: valid to 2027, revoked by the province on 20 Aug 2026: in force through 19 Aug.
        long productC = fixtures.product("Tỏi Lý Sơn " + EvaluationFixtures.unique(), "HTX Tỏi Lý Sơn", commune);
        long certC = fixtures.paperCertificate(productC, 3, "QD-148-2023", LocalDate.of(2024, 1, 10));
        given().contentType(ContentType.JSON).header("If-Match", Flow.etag("/api/v1/certificates/" + certC))
                .body(Map.of("revokingLevel", "PROVINCE", "ground", "NO_LONGER_MEETS_CRITERIA", "revokedOn", "2026-08-20",
                        "revokingBody", "UBND tỉnh Quảng Ngãi", "note", "Không duy trì chất lượng"))
                .post("/api/v1/certificates/" + certC + "/revocation").then().statusCode(200);

        List<Walked> walked = List.of(
                new Walked("A", productA, certA, number(certA), LocalDate.of(2026, 9, 9)),
                new Walked("B", productB, certB, number(certB), LocalDate.of(2026, 7, 15)),
                new Walked("C", productC, certC, number(certC), LocalDate.of(2026, 8, 19)));
        long plan = plan(province);
        long target = target(plan);

        List<String> disagreements = new ArrayList<>();
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            clock.setTo(day, LocalTime.of(9, 0));
            int inForce = 0;
            for (Walked w : walked) {
                boolean expected = !day.isAfter(w.lastDayInForce());
                inForce += expected ? 1 : 0;
                JsonPath verification = given().header(TestTokens.anonymous())
                        .get("/api/v1/public/certificates/" + w.number()).then().statusCode(200).extract().jsonPath();
                String internal = given().queryParam("asOf", day.toString())
                        .get("/api/v1/certificates/" + w.certificateId()).then().statusCode(200).extract()
                        .path("state");
                String stage = given().get("/api/v1/products/" + w.productId()).then()
                        .statusCode(200).extract().path("stage");
                boolean publicValid = verification.getBoolean("valid");
                boolean agree = publicValid == expected
                        && IN_FORCE.contains(verification.getString("status")) == expected
                        && verification.getString("status").equals(internal)
                        && IN_FORCE.contains(internal) == expected
                        && stage.equals(expected ? "CERTIFIED" : w.name().equals("C") ? "REVOKED" : "EXPIRED");
                if (!agree) {
                    disagreements.add(day + " " + w.name() + ": expected in force " + expected + ", public "
                            + verification.getString("status") + "/" + publicValid + ", internal " + internal
                            + ", stage " + stage);
                }
            }
            String actual = given().queryParam("asOf", day.toString())
                    .get("/api/v1/plans/" + plan + "/progress").then().statusCode(200).extract().jsonPath()
                    .getString("targets.find { it.targetId == " + target + " }.actual");
            if (!String.valueOf(inForce).equals(actual)) {
                disagreements.add(day + " plan progress: " + actual + " products in force, the law says " + inForce);
            }
        }
        assertThat(disagreements).isEmpty();

        // The example, by name: on 1 Aug 2026 the 148 certificate is in grace, publicly too.
        clock.setTo(LocalDate.of(2026, 8, 1), LocalTime.NOON);
        given().header(TestTokens.anonymous()).get("/api/v1/public/certificates/" + number(certA)).then()
                .body("status", equalTo("IN_GRACE")).body("valid", equalTo(true)).body("graceUntil", equalTo("2027-01-11"));
        given().header(TestTokens.anonymous()).get("/api/v1/public/certificates/" + number(certB)).then()
                .body("status", equalTo("EXPIRED")).body("valid", equalTo(false));
    }

    private static String number(long certificateId) {
        return given().get("/api/v1/certificates/" + certificateId).then().statusCode(200).extract().path("number");
    }

    private static long plan(long areaId) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("areaId", areaId, "year", 2026, "title", "Kế hoạch OCOP năm 2026"))
                .post("/api/v1/plans").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long target(long plan) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("kind", "CUMULATIVE_AT_LEAST_STARS", "minStars", 3, "quantity", 3))
                .post("/api/v1/plans/" + plan + "/targets").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
