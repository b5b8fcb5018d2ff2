package vn.ocop.api.common.time;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.certificate.Certificate;
import vn.ocop.api.certificate.CertificateStatus;
import vn.ocop.api.security.SecurityTestData;

/**
 * The legal day is the day in Vietnam (UTC+7): from 17:00 UTC the API answers for the next day. 26/2026 comes
 * into force on 22 May 2026, which begins at 2026-05-21T17:00Z; a reading of the day in UTC would keep 148+1489
 * "current" for seven more hours, and keep a certificate that expired on 21 May valid on public verification.
 */
@QuarkusTest
class VietnamLegalDayTest {

    private static final String CURRENT = "/api/v1/catalogue/rule-sets/current";

    @Inject
    MovableClock clock;

    @Inject
    SecurityTestData data;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void halfPastMidnightInVietnamThe2026RulesAreInForceWhileUtcIsStillOn21May() {
        clock.setTo(Instant.parse("2026-05-21T17:30:00Z")); // 00:30 on 22 May in Vietnam
        given().get(CURRENT).then().statusCode(200).body("id", equalTo("QD-26-2026"));
    }

    @Test
    void aSecondBeforeMidnightInVietnamTheOldRulesAreStillInForce() {
        clock.setTo(LocalDate.of(2026, 5, 21), LocalTime.of(23, 59, 59)); // 16:59:59 UTC
        given().get(CURRENT).then().statusCode(200).body("id", equalTo("QD-148-1489-2025"));
        clock.advance(Duration.ofSeconds(1)); // midnight in Vietnam
        given().get(CURRENT).then().statusCode(200).body("id", equalTo("QD-26-2026"));
    }

    @Test
    void publicVerificationChecksOnTheVietnamDay() {
        Area province = data.area("19", "Thái Nguyên", AreaLevel.PROVINCE, null);
        Area commune = data.area("K" + SecurityTestData.unique(), "Tân Kỳ", AreaLevel.COMMUNE, province);
        var product = data.product("Chè Tân Cương " + SecurityTestData.unique(),
                data.producer("Hợp tác xã Chè " + SecurityTestData.unique(), commune), "FOOD");
        Certificate certificate = data.certificate(product, 4, LocalDate.of(2023, 5, 22), CertificateStatus.VALID);
        String verify = "/api/v1/public/certificates/" + certificate.number;

        clock.setTo(Instant.parse("2026-05-21T16:59:59Z")); // 23:59:59 on 21 May in Vietnam: the last valid day
        given().get(verify).then().statusCode(200).body("expiresOn", equalTo("2026-05-21"))
                .body("checkedOn", equalTo("2026-05-21")).body("status", equalTo("EXPIRING")).body("valid", equalTo(true));

        clock.setTo(Instant.parse("2026-05-21T17:30:00Z")); // 00:30 on 22 May in Vietnam, 21 May in UTC
        given().get(verify).then().statusCode(200)
                .body("checkedOn", equalTo("2026-05-22")).body("status", equalTo("EXPIRED")).body("valid", equalTo(false));
    }
}
