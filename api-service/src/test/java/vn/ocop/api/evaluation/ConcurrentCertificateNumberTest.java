package vn.ocop.api.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.security.Role;
import vn.ocop.api.security.TestTokens;

/**
 * Issue 9, item 10 (part): two decisions sent at the same moment with one certificate number. One is recognised,
 * the other is a 409 naming certificateNumber (the unique key decides; it was a 500), and the loser leaves nothing.
 */
@QuarkusTest
class ConcurrentCertificateNumberTest {

    private static final String RULES = "QD-148-2023";
    private static final int PAIRS = 3;

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

    @Test
    void twoDecisionsWithOneCertificateNumberGiveOneCertificateAndOneConflict() throws Exception {
        long province = fixtures.area("Quảng Ngãi", AreaLevel.PROVINCE, null);
        long district = fixtures.area("Sơn Hà", AreaLevel.DISTRICT, province);
        long commune = fixtures.area("Sơn Thành", AreaLevel.COMMUNE, district);
        String districtPath = fixtures.areaPath(district);
        TestTokens.authenticateEveryRequest(TestTokens.officer(Role.DISTRICT, districtPath));
        String decider = Flow.deciderOf(Role.DISTRICT, districtPath);

        List<Long> dossiers = new ArrayList<>();
        for (int i = 0; i < 2 * PAIRS; i++) {
            long product = fixtures.product("Chè xanh số " + i + " " + EvaluationFixtures.unique(),
                    "HTX Nông nghiệp Sơn Thành", commune);
            long dossier = Flow.dossier(product, "NEW", LocalDate.of(2024, 9, 10));
            Flow.submit(dossier).then().statusCode(200);
            dossiers.add(dossier);
        }
        long round = Flow.round("DISTRICT", district, null, LocalDate.of(2024, 11, 4), LocalDate.of(2024, 11, 28));
        for (long dossier : dossiers) {
            Flow.addDossier(round, dossier).then().statusCode(201);
            Flow.scoreAndClose(round, dossier, RULES, new BigDecimal("65"), new BigDecimal("2")).then().statusCode(200);
        }

        List<Long> losers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int pair = 0; pair < PAIRS; pair++) {
                String number = "OCOP-SH-" + EvaluationFixtures.unique();
                CountDownLatch start = new CountDownLatch(1);
                List<Long> pairDossiers = List.of(dossiers.get(2 * pair), dossiers.get(2 * pair + 1));
                List<Future<Response>> answers = new ArrayList<>();
                for (long dossier : pairDossiers) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return decide(decider, round, dossier, number);
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < answers.size(); i++) {
                    Response response = answers.get(i).get(60, TimeUnit.SECONDS);
                    statuses.add(response.statusCode());
                    if (response.statusCode() == 409) {
                        assertThat(response.contentType()).startsWith("application/problem+json");
                        assertThat(response.jsonPath().getString("errors[0].field")).isEqualTo("certificateNumber");
                        losers.add(pairDossiers.get(i));
                    }
                }
                assertThat(statuses).as("pair %d", pair).containsExactlyInAnyOrder(201, 409);
                given().get("/api/v1/public/certificates/" + number).then().statusCode(200);
            }
        } finally {
            pool.shutdownNow();
        }
        // A loser left no decision behind: it is decided afterwards with a number of its own.
        for (long loser : losers) {
            assertThat(decide(decider, round, loser, "OCOP-SH-" + EvaluationFixtures.unique()).statusCode())
                    .isEqualTo(201);
        }
    }

    private static Response decide(String token, long round, long dossier, String number) {
        Map<String, Object> request = new HashMap<>();
        request.put("kind", "RECOGNISE");
        request.put("decidingBody", "UBND huyện Sơn Hà");
        request.put("decisionNumber", EvaluationFixtures.unique() + "/QĐ-UBND");
        request.put("decisionDate", "2024-11-28");
        request.put("certificateNumber", number);
        return given().contentType(ContentType.JSON).header(TestTokens.as(token)).body(request)
                .post(Flow.entry(round, dossier) + "/decision");
    }
}
