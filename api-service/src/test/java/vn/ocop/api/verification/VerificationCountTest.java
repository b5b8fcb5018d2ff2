package vn.ocop.api.verification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.ocop.api.common.time.ClockProducer.VIETNAM;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.certificate.Certificate;
import vn.ocop.api.certificate.CertificateStatus;
import vn.ocop.api.common.time.MovableClock;
import vn.ocop.api.producer.Producer;
import vn.ocop.api.product.Product;
import vn.ocop.api.security.Role;
import vn.ocop.api.security.SecurityTestData;
import vn.ocop.api.security.TestTokens;

/**
 * Public verifications are counted per certificate and day, written by the flush (called here directly, as the timer
 * and the shutdown do), and shown to the officers of the certificate's area; nothing about who checked is stored.
 */
@QuarkusTest
class VerificationCountTest {

    static final String BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8";

    @Inject
    SecurityTestData data;

    @Inject
    VerificationCounter counter;

    @Inject
    MovableClock clock;

    @Inject
    EntityManager em;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Certificate certificate(Area commune) {
        Producer producer = data.producer("Hợp tác xã Tra Cứu " + SecurityTestData.unique(), commune);
        Product product = data.product("Mật ong bạc hà " + SecurityTestData.unique(), producer, "FOOD");
        return data.certificate(product, 4, LocalDate.now(VIETNAM).minusMonths(6), CertificateStatus.VALID);
    }

    private Area commune(Area province) {
        return data.area("T" + SecurityTestData.unique(), "Xã Đồng Văn", AreaLevel.COMMUNE, province);
    }

    @Test
    void pageViewsAndJsonVerificationsAreCountedPerDay() {
        Area province = data.area("P" + SecurityTestData.unique(), "Tỉnh Tra Cứu", AreaLevel.PROVINCE, null);
        Certificate c = certificate(commune(province));
        LocalDate day1 = LocalDate.now(VIETNAM).minusDays(1);
        LocalDate day2 = LocalDate.now(VIETNAM);

        clock.setTo(day1, LocalTime.of(23, 50));
        for (int i = 0; i < 3; i++) {
            given().header("Accept", BROWSER).get("/v/{number}", c.number).then().statusCode(200);
        }
        counter.flush();
        clock.setTo(day2, LocalTime.of(0, 10));
        for (int i = 0; i < 4; i++) {
            given().header("Accept", BROWSER).get("/v/{number}", c.number).then().statusCode(200);
        }
        given().get("/v/{number}", c.number).then().statusCode(200);
        given().get("/api/v1/public/certificates/{number}", c.number).then().statusCode(200);
        // Images and labels are not verifications; nor is an unknown number.
        given().get("/api/v1/public/certificates/{number}/qr.png", c.number).then().statusCode(200);
        given().get("/v/{number}/label.svg", c.number).then().statusCode(200);
        given().header("Accept", BROWSER).get("/v/{number}", c.number + "-X").then().statusCode(404);
        counter.flush();
        clock.reset();

        given().auth().oauth2(TestTokens.admin()).queryParam("from", day1.toString()).queryParam("to", day2.toString())
                .get("/api/v1/certificates/{id}/verifications", c.id)
                .then().statusCode(200)
                .body("number", equalTo(c.number))
                .body("total", equalTo(9))
                .body("days.size()", equalTo(2))
                .body("days[0].date", equalTo(day1.toString()))
                .body("days[0].verifications", equalTo(3))
                .body("days[1].date", equalTo(day2.toString()))
                .body("days[1].verifications", equalTo(6));
        // What is stored: the certificate, the day, the count; no column for who checked.
        @SuppressWarnings("unchecked")
        List<String> columns = em.createNativeQuery("select lower(column_name) from information_schema.columns "
                + "where lower(table_name) = 'certificate_verification_count' order by 1").getResultList();
        assertThat(columns).containsExactly("certificate_id", "verifications", "verified_on");
    }

    @Test
    void concurrentVerificationsAndFlushesLoseNothing() throws Exception {
        Area province = data.area("P" + SecurityTestData.unique(), "Tỉnh Đồng Thời", AreaLevel.PROVINCE, null);
        Certificate c = certificate(commune(province));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        counter.count(c.id);
                    }
                }));
            }
            work.add(pool.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    counter.flush();
                }
            }));
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        counter.flush();
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/certificates/{id}/verifications", c.id)
                .then().statusCode(200).body("total", equalTo(2000));
    }

    @Test
    void onlyOfficersOfTheCertificatesAreaSeeTheCounts() {
        Area province = data.area("P" + SecurityTestData.unique(), "Tỉnh Phạm Vi", AreaLevel.PROVINCE, null);
        Area commune = commune(province);
        Area otherCommune = commune(province);
        Certificate c = certificate(commune);
        String url = "/api/v1/certificates/" + c.id + "/verifications";
        given().get(url).then().statusCode(401);
        given().auth().oauth2(TestTokens.officer(Role.PROVINCE, province.path))
                .get(url).then().statusCode(200).body("total", equalTo(0)).body("days.size()", equalTo(0));
        given().auth().oauth2(TestTokens.officer(Role.COMMUNE, commune.path))
                .get(url).then().statusCode(200);
        given().auth().oauth2(TestTokens.officer(Role.COMMUNE, otherCommune.path))
                .get(url).then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(TestTokens.producer(c.product.producer.id))
                .get(url).then().statusCode(403);
    }

    @Test
    void badRangesAre400() {
        Area province = data.area("P" + SecurityTestData.unique(), "Tỉnh Khoảng", AreaLevel.PROVINCE, null);
        Certificate c = certificate(commune(province));
        String admin = TestTokens.admin();
        given().auth().oauth2(admin).queryParam("from", "2026-05-02").queryParam("to", "2026-05-01")
                .get("/api/v1/certificates/{id}/verifications", c.id)
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(admin).queryParam("from", "2024-01-01").queryParam("to", "2026-01-01")
                .get("/api/v1/certificates/{id}/verifications", c.id)
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(admin).queryParam("to", "hôm qua")
                .get("/api/v1/certificates/{id}/verifications", c.id)
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().auth().oauth2(admin).get("/api/v1/certificates/{id}/verifications", 987_654_321L)
                .then().statusCode(404);
    }
}
