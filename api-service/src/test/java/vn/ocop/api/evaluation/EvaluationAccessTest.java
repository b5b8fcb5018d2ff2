package vn.ocop.api.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.common.FullBodies;
import vn.ocop.api.dossier.DossierUpdateRequest;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.security.Role;
import vn.ocop.api.security.TestTokens;

/**
 * Who may see and do what in the evaluation workflow: cross-area writes are 404 and write nothing, wrong roles
 * 403, council members write only their own sheets, producers read their results without member sheets, the
 * audit log names the account.
 */
@QuarkusTest
class EvaluationAccessTest {

    private static final String RULES = "QD-26-2026";

    @Inject
    EvaluationFixtures fixtures;

    /** Province A with commune a (the data), and province B (the outsider). */
    private long provinceA;
    private long communeA;
    private long provinceB;
    private String pathA;
    private String pathCommuneA;
    private String pathB;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void signIn() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
        provinceA = fixtures.area("Hà Giang", AreaLevel.PROVINCE, null);
        communeA = fixtures.area("Đồng Văn", AreaLevel.COMMUNE, provinceA);
        provinceB = fixtures.area("Cao Bằng", AreaLevel.PROVINCE, null);
        pathA = fixtures.areaPath(provinceA);
        pathCommuneA = fixtures.areaPath(communeA);
        pathB = fixtures.areaPath(provinceB);
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
        Flow.reset();
    }

    private String officerOfB() {
        return TestTokens.officer(Role.PROVINCE, pathB);
    }

    private long product() {
        return fixtures.product("Chè Shan tuyết Lũng Phìn " + EvaluationFixtures.unique(), "HTX Chè Đồng Văn", communeA);
    }

    private long draft(long product) {
        return Flow.dossier(product, "NEW", LocalDate.of(2026, 8, 3));
    }

    private long assessed(long product) {
        long dossier = draft(product);
        Flow.submit(dossier).then().statusCode(200);
        Flow.communeAssessment(dossier, LocalDate.of(2026, 8, 20)).then().statusCode(200);
        return dossier;
    }

    private long provinceRound() {
        return Flow.round("PROVINCE", provinceA, null, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 20));
    }

    private static long auditTotal(long product) {
        return given().get("/api/v1/products/" + product + "/audit-log").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    /** Rounds of province A (as ADMIN). */
    private long roundCount() {
        return given().header(TestTokens.as(TestTokens.admin())).queryParam("areaId", provinceA)
                .get("/api/v1/evaluation-rounds").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    /** The reason given for areaId when the same body names an area that does not exist. */
    private static String unknownAreaReason(String token, Map<String, Object> roundBody) {
        Map<String, Object> body = new HashMap<>(roundBody);
        body.put("areaId", Long.MAX_VALUE);
        return given().header(TestTokens.as(token)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/evaluation-rounds").then().statusCode(400).body("errors.field", contains("areaId"))
                .extract().path("errors[0].reason");
    }

    private static ValidatableResponse notFound(ValidatableResponse response) {
        return response.statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    void dossierWritesFromAnotherProvinceAre404AndWriteNothing() {
        long product = product();
        long dossier = draft(product);
        String etag = Flow.etag("/api/v1/dossiers/" + dossier);
        long audit = auditTotal(product);
        String outsider = officerOfB();
        String otherCommune = TestTokens.officer(Role.COMMUNE,
                fixtures.areaPath(fixtures.area("Mèo Vạc", AreaLevel.COMMUNE, provinceA)));
        for (String token : List.of(outsider, otherCommune)) {
            notFound(given().header(TestTokens.as(token)).get("/api/v1/dossiers/" + dossier).then());
            notFound(given().header(TestTokens.as(token)).contentType(ContentType.JSON).header("If-Match", etag)
                    .body(FullBodies.of(DossierUpdateRequest.class, Map.of("note", "Sửa trái phép"))).put("/api/v1/dossiers/" + dossier).then());
            notFound(given().header(TestTokens.as(token)).header("If-Match", etag)
                    .post("/api/v1/dossiers/" + dossier + "/submission").then());
            notFound(given().header(TestTokens.as(token)).header("If-Match", etag)
                    .post("/api/v1/dossiers/" + dossier + "/withdrawal").then());
            given().header(TestTokens.as(token)).queryParam("productId", product).get("/api/v1/dossiers").then()
                    .statusCode(200).body("total", equalTo(0));
        }
        Flow.submit(dossier).then().statusCode(200);
        String submitted = Flow.etag("/api/v1/dossiers/" + dossier);
        Map<String, String> assessment = Map.of("assessedOn", "2026-08-20", "rawMaterialOrigin", "Nguyên liệu tại xã",
                "localLabour", "10 lao động", "ideaOrigin", "Của hợp tác xã", "localIdentity", "Chè cổ thụ",
                "proposal", "Đề nghị tỉnh đánh giá");
        notFound(given().header(TestTokens.as(TestTokens.officer(Role.COMMUNE, pathB))).contentType(ContentType.JSON)
                .header("If-Match", submitted).body(assessment)
                .post("/api/v1/dossiers/" + dossier + "/commune-assessment").then());
        notFound(given().header(TestTokens.as(outsider)).contentType(ContentType.JSON).header("If-Match", submitted)
                .body(Map.of("reason", "Thiếu hồ sơ")).post("/api/v1/dossiers/" + dossier + "/return").then());
        // A product of another province is as unknown as a missing one when filing.
        given().header(TestTokens.as(outsider)).contentType(ContentType.JSON)
                .body(Map.of("productId", product, "evaluationType", "NEW", "filedOn", "2026-08-03"))
                .post("/api/v1/dossiers").then().statusCode(400).body("errors[0].field", equalTo("productId"));
        given().get("/api/v1/dossiers/" + dossier).then().statusCode(200).header("ETag", submitted)
                .body("status", equalTo("SUBMITTED"));
        assertThat(auditTotal(product)).isEqualTo(audit + 1);
        // The commune's own officer may assess; the district role has no step under 26/2026.
        given().header(TestTokens.as(TestTokens.officer(Role.DISTRICT, pathA))).contentType(ContentType.JSON)
                .header("If-Match", submitted).body(assessment)
                .post("/api/v1/dossiers/" + dossier + "/commune-assessment").then().statusCode(403);
        given().header(TestTokens.as(TestTokens.officer(Role.COMMUNE, pathCommuneA))).contentType(ContentType.JSON)
                .header("If-Match", submitted).body(assessment)
                .post("/api/v1/dossiers/" + dossier + "/commune-assessment").then().statusCode(200)
                .body("status", equalTo("COMMUNE_ASSESSED"));
    }

    @Test
    void roundCreatedInAnotherProvinceIs400AreaIdItsRoundsAre404AndACommuneOfficerMayNotRunRounds() {
        long product = product();
        long dossier = assessed(product);
        String outsider = officerOfB();
        Map<String, Object> roundBody = new HashMap<>(Map.of("name", "Đợt đánh giá tỉnh Hà Giang " + EvaluationFixtures.unique(),
                "level", "PROVINCE", "areaId", provinceA, "startsOn", "2026-09-01", "endsOn", "2026-12-20",
                "council", List.of(Map.of("userId", Flow.CHAIR, "fullName", "Nguyễn Văn Hùng", "role", "CHAIR"))));
        // Creating a round in an area outside one's reach: 400 naming areaId, as for an id that does not exist.
        long roundsBefore = roundCount();
        given().header(TestTokens.as(outsider)).contentType(ContentType.JSON).body(roundBody)
                .post("/api/v1/evaluation-rounds").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", contains("areaId"))
                .body("errors[0].reason", equalTo(unknownAreaReason(outsider, roundBody)))
                .body("detail", not(containsString("Hà Giang")));
        assertThat(roundCount()).isEqualTo(roundsBefore);
        given().header(TestTokens.as(TestTokens.officer(Role.COMMUNE, pathCommuneA))).contentType(ContentType.JSON)
                .body(roundBody).post("/api/v1/evaluation-rounds").then().statusCode(403);

        long round = provinceRound();
        String roundEtag = Flow.etag("/api/v1/evaluation-rounds/" + round);
        notFound(given().header(TestTokens.as(outsider)).get("/api/v1/evaluation-rounds/" + round).then());
        given().header(TestTokens.as(outsider)).queryParam("size", 100).get("/api/v1/evaluation-rounds").then()
                .statusCode(200).body("items.id", not(hasItem((int) round)));
        notFound(given().header(TestTokens.as(outsider)).contentType(ContentType.JSON).body(Map.of("dossierId", dossier))
                .post("/api/v1/evaluation-rounds/" + round + "/dossiers").then());
        given().header(TestTokens.as(TestTokens.officer(Role.COMMUNE, pathCommuneA))).contentType(ContentType.JSON)
                .body(Map.of("dossierId", dossier)).post("/api/v1/evaluation-rounds/" + round + "/dossiers")
                .then().statusCode(403);
        // The province's own officer fills the round.
        given().header(TestTokens.as(TestTokens.officer(Role.PROVINCE, pathA))).contentType(ContentType.JSON)
                .body(Map.of("dossierId", dossier)).post("/api/v1/evaluation-rounds/" + round + "/dossiers")
                .then().statusCode(201);

        Map<String, String> answers = EvaluationFixtures.answersTotalling(RULES, new BigDecimal("66"));
        notFound(given().header(TestTokens.as(outsider)).contentType(ContentType.JSON)
                .body(Map.of("memberId", Flow.MEMBER, "answers", answers))
                .post(Flow.entry(round, dossier) + "/score-sheets").then());
        String sheetEtag = Flow.sheet(round, dossier, Flow.MEMBER, answers).then().statusCode(201).extract().header("ETag");
        notFound(given().header(TestTokens.as(outsider)).contentType(ContentType.JSON).header("If-Match", sheetEtag)
                .body(answers).put(Flow.entry(round, dossier) + "/score-sheets/" + Flow.MEMBER).then());
        Flow.sheet(round, dossier, Flow.CHAIR, answers).then().statusCode(201);
        notFound(given().header(TestTokens.as(TestTokens.builder(Flow.CHAIR, Role.PROVINCE).areaPath(pathB).sign()))
                .post(Flow.entry(round, dossier) + "/result/closure").then());
        given().header(TestTokens.as(TestTokens.council(Flow.CHAIR))).post(Flow.entry(round, dossier) + "/result/closure")
                .then().statusCode(200);

        Map<String, Object> decision = Map.of("kind", "RECOGNISE", "decidingBody", "UBND tỉnh Hà Giang",
                "decisionNumber", EvaluationFixtures.unique() + "/QĐ-UBND", "decisionDate", "2026-11-30");
        notFound(given().header(TestTokens.as(outsider)).contentType(ContentType.JSON).body(decision)
                .post(Flow.entry(round, dossier) + "/decision").then());
        for (String token : List.of(TestTokens.officer(Role.COMMUNE, pathCommuneA), TestTokens.council(Flow.CHAIR),
                TestTokens.producer(fixtures.producerOf(product)))) {
            given().header(TestTokens.as(token)).contentType(ContentType.JSON).body(decision)
                    .post(Flow.entry(round, dossier) + "/decision").then().statusCode(403);
        }
        notFound(given().header(TestTokens.as(outsider)).header("If-Match", roundEtag)
                .post("/api/v1/evaluation-rounds/" + round + "/closure").then());
        given().get("/api/v1/evaluation-rounds/" + round).then().body("status", equalTo("OPEN"));
        notFound(given().header(TestTokens.as(outsider)).get(Flow.entry(round, dossier) + "/decision").then());
        given().get(Flow.entry(round, dossier) + "/decision").then().statusCode(404);
        Flow.decideAs(Flow.deciderOf(Role.PROVINCE, pathA));
        Flow.decide(round, dossier, "RECOGNISE", 3, "UBND tỉnh Hà Giang", LocalDate.of(2026, 11, 30))
                .then().statusCode(201).body("decidedBy", equalTo(Flow.DECIDER));
        // The province closes its round; the closed round refuses sheets for everyone (409).
        given().header(TestTokens.as(TestTokens.officer(Role.PROVINCE, pathA))).header("If-Match", roundEtag)
                .post("/api/v1/evaluation-rounds/" + round + "/closure").then().statusCode(200);
    }

    @Test
    void districtOfficersRunRoundsOnlyUnderTheHistoricalRules() {
        long district = fixtures.area("Huyện Yên Minh", AreaLevel.DISTRICT, provinceA);
        String districtOfficer = TestTokens.officer(Role.DISTRICT, fixtures.areaPath(district));
        TestTokens.authenticateEveryRequest(districtOfficer);
        Flow.createRound("DISTRICT", district, "QD-148-2023", LocalDate.of(2024, 11, 4), LocalDate.of(2024, 11, 28))
                .then().statusCode(201);
        Flow.createRound("DISTRICT", district, "QD-148-1489-2025", LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 20))
                .then().statusCode(403);
        // The province above the district is outside its reach: 400 areaId, as an unknown area.
        Flow.createRound("PROVINCE", provinceA, null, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 20))
                .then().statusCode(400).body("errors.field", contains("areaId"));
    }

    @Test
    void councilMembersWriteOnlyTheirOwnSheetsAndSeeOnlyTheirRounds() {
        long product = product();
        long dossier = assessed(product);
        long round = provinceRound();
        Flow.addDossier(round, dossier).then().statusCode(201);
        Map<String, String> answers = EvaluationFixtures.answersTotalling(RULES, new BigDecimal("70"));
        String member = TestTokens.council(Flow.MEMBER);

        // Another member's sheet: 403, nothing written.
        given().header(TestTokens.as(member)).contentType(ContentType.JSON)
                .body(Map.of("memberId", Flow.CHAIR, "answers", answers))
                .post(Flow.entry(round, dossier) + "/score-sheets").then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        // Issue 9 item 17: each 403 says what is missing (vi by default, en on request).
        String chair = TestTokens.council(Flow.CHAIR);
        given().header(TestTokens.as(chair)).contentType(ContentType.JSON)
                .body(Map.of("memberId", Flow.MEMBER, "answers", answers))
                .post(Flow.entry(round, dossier) + "/score-sheets").then().statusCode(403)
                .body("detail", equalTo("Thành viên hội đồng chỉ nhập phiếu chấm của chính mình: phiếu này của "
                        + Flow.MEMBER + ", bạn đang đăng nhập là " + Flow.CHAIR
                        + " (chỉ quản trị viên được nhập phiếu thay thành viên khác)."));
        given().header(TestTokens.as(chair)).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("memberId", Flow.MEMBER, "answers", answers))
                .post(Flow.entry(round, dossier) + "/score-sheets").then().statusCode(403)
                .body("detail", equalTo("A council member enters only their own score sheet: this sheet is "
                        + Flow.MEMBER + "'s and you are signed in as " + Flow.CHAIR
                        + " (only an administrator enters a sheet for another member)."));
        given().header(TestTokens.as(chair)).header("If-Match", Flow.etag("/api/v1/evaluation-rounds/" + round))
                .post("/api/v1/evaluation-rounds/" + round + "/closure").then().statusCode(403)
                .body("detail", equalTo("Thao tác này dành cho ADMIN, PROVINCE, DISTRICT; bạn đang đăng nhập với vai trò COUNCIL."));
        given().header(TestTokens.as(chair)).header("Accept-Language", "en")
                .header("If-Match", Flow.etag("/api/v1/evaluation-rounds/" + round))
                .post("/api/v1/evaluation-rounds/" + round + "/closure").then().statusCode(403)
                .body("detail", equalTo("This operation is for ADMIN, PROVINCE, DISTRICT; you are signed in as COUNCIL."));
        String chairEtag = Flow.sheet(round, dossier, Flow.CHAIR, answers).then().statusCode(201).extract().header("ETag");
        given().header(TestTokens.as(member)).contentType(ContentType.JSON).header("If-Match", chairEtag)
                .body(EvaluationFixtures.answersTotalling(RULES, new BigDecimal("72")))
                .put(Flow.entry(round, dossier) + "/score-sheets/" + Flow.CHAIR).then().statusCode(403);
        given().get(Flow.entry(round, dossier) + "/score-sheets").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].total", Flow.num("70"));
        // The member's own sheet, and what the member sees.
        Flow.sheet(round, dossier, Flow.MEMBER, answers).then().statusCode(201).body("submittedBy", equalTo(Flow.MEMBER));
        given().header(TestTokens.as(member)).get("/api/v1/evaluation-rounds/" + round).then().statusCode(200);
        given().header(TestTokens.as(member)).get("/api/v1/dossiers/" + dossier).then().statusCode(200);
        given().header(TestTokens.as(member)).queryParam("productId", product).get("/api/v1/dossiers").then()
                .statusCode(200).body("items.id", hasItem((int) dossier));
        given().header(TestTokens.as(member)).queryParam("size", 100).queryParam("areaId", provinceA)
                .get("/api/v1/evaluation-rounds").then().statusCode(200).body("items.id", hasItem((int) round));
        given().header(TestTokens.as(member)).get("/api/v1/certificates").then().statusCode(403);

        // A council account that does not sit on the round: 404 for the round, its dossiers and sheets.
        String stranger = TestTokens.council("nguoi.ngoai." + EvaluationFixtures.unique());
        notFound(given().header(TestTokens.as(stranger)).get("/api/v1/evaluation-rounds/" + round).then());
        notFound(given().header(TestTokens.as(stranger)).get("/api/v1/evaluation-rounds/" + round + "/dossiers").then());
        notFound(given().header(TestTokens.as(stranger)).get(Flow.entry(round, dossier) + "/score-sheets").then());
        notFound(given().header(TestTokens.as(stranger)).get(Flow.entry(round, dossier) + "/result").then());
        notFound(given().header(TestTokens.as(stranger)).get("/api/v1/dossiers/" + dossier).then());
        given().header(TestTokens.as(stranger)).queryParam("productId", product).get("/api/v1/dossiers").then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aProducerReadsItsResultWithoutMemberSheetsAndItsCertificate() {
        long product = product();
        long producer = fixtures.producerOf(product);
        String own = TestTokens.producer(producer);
        String other = TestTokens.producer(fixtures.producerOf(product()));
        long dossier = assessed(product);
        long round = provinceRound();
        Flow.addDossier(round, dossier).then().statusCode(201);
        Flow.sheet(round, dossier, Flow.CHAIR, EvaluationFixtures.answersTotalling(RULES, new BigDecimal("66")))
                .then().statusCode(201);
        // While the council scores, the producer sees no interim numbers.
        given().header(TestTokens.as(own)).get(Flow.entry(round, dossier) + "/result").then().statusCode(200)
                .body("finalResult", equalTo(false)).body("average", equalTo(null)).body("stars", equalTo(null));
        Flow.sheet(round, dossier, Flow.MEMBER, EvaluationFixtures.answersTotalling(RULES, new BigDecimal("66")))
                .then().statusCode(201);
        given().header(TestTokens.as(TestTokens.council(Flow.CHAIR))).post(Flow.entry(round, dossier) + "/result/closure")
                .then().statusCode(200).body("result.memberTotals.size()", equalTo(2));

        String body = given().header(TestTokens.as(own)).get(Flow.entry(round, dossier) + "/result").then()
                .statusCode(200).body("finalResult", equalTo(true)).body("stars", equalTo(3))
                .body("average", Flow.num("66")).body("nextStep.action", equalTo("RECOGNISE"))
                .body("criteria.size()", org.hamcrest.Matchers.greaterThan(0))
                .extract().asString();
        assertThat(body).doesNotContain(Flow.CHAIR).doesNotContain(Flow.MEMBER).doesNotContain("memberTotals")
                .doesNotContain("memberId").doesNotContain("\"answers\"").doesNotContain("missingMembers");
        given().header(TestTokens.as(own)).get(Flow.entry(round, dossier) + "/score-sheets").then().statusCode(403);
        given().header(TestTokens.as(own)).get("/api/v1/evaluation-rounds/" + round).then().statusCode(403);
        notFound(given().header(TestTokens.as(other)).get(Flow.entry(round, dossier) + "/result").then());
        notFound(given().header(TestTokens.as(other)).get("/api/v1/dossiers/" + dossier).then());

        Flow.decideAs(Flow.deciderOf(Role.PROVINCE, pathA));
        long certificate = Flow.decide(round, dossier, "RECOGNISE", 3, "UBND tỉnh Hà Giang", LocalDate.of(2026, 11, 30))
                .then().statusCode(201).extract().jsonPath().getLong("certificateId");
        given().header(TestTokens.as(own)).get(Flow.entry(round, dossier) + "/decision").then().statusCode(200)
                .body("kind", equalTo("RECOGNISE"));
        given().header(TestTokens.as(own)).get("/api/v1/certificates/" + certificate).then().statusCode(200)
                .body("stars", equalTo(3));
        given().header(TestTokens.as(own)).get("/api/v1/certificates").then().statusCode(200)
                .body("items.id", hasItem((int) certificate)).body("items.productId", org.hamcrest.Matchers.everyItem(equalTo((int) product)));
        notFound(given().header(TestTokens.as(other)).get("/api/v1/certificates/" + certificate).then());
        given().header(TestTokens.as(own)).get("/api/v1/products/" + product + "/timeline").then().statusCode(200)
                .body("kind", hasItem("CERTIFICATE_ISSUED"));
        notFound(given().header(TestTokens.as(other)).get("/api/v1/products/" + product + "/timeline").then());
        given().header(TestTokens.as(own)).get("/api/v1/products/" + product + "/audit-log").then().statusCode(403);
    }

    @Test
    void aProducerEditsOnlyItsOwnDraftDossiers() {
        long product = product();
        String own = TestTokens.producer(fixtures.producerOf(product));
        String other = TestTokens.producer(fixtures.producerOf(product()));
        long dossier = given().header(TestTokens.as(own)).contentType(ContentType.JSON)
                .body(Map.of("productId", product, "evaluationType", "NEW", "filedOn", "2026-08-03"))
                .post("/api/v1/dossiers").then().statusCode(201).extract().jsonPath().getLong("id");
        notFound(given().header(TestTokens.as(other)).contentType(ContentType.JSON)
                .header("If-Match", Flow.etag("/api/v1/dossiers/" + dossier)).body(FullBodies.of(DossierUpdateRequest.class, Map.of("note", "Của người khác")))
                .put("/api/v1/dossiers/" + dossier).then());
        given().header(TestTokens.as(own)).contentType(ContentType.JSON)
                .header("If-Match", Flow.etag("/api/v1/dossiers/" + dossier)).body(FullBodies.of(DossierUpdateRequest.class, Map.of("note", "Bổ sung ảnh sản phẩm")))
                .put("/api/v1/dossiers/" + dossier).then().statusCode(200).body("note", equalTo("Bổ sung ảnh sản phẩm"));
        given().header(TestTokens.as(own)).header("If-Match", Flow.etag("/api/v1/dossiers/" + dossier))
                .post("/api/v1/dossiers/" + dossier + "/submission").then().statusCode(200);
        // Submitted: no longer the producer's to change (the officers' status rule would say 409).
        given().header(TestTokens.as(own)).contentType(ContentType.JSON)
                .header("If-Match", Flow.etag("/api/v1/dossiers/" + dossier)).body(FullBodies.of(DossierUpdateRequest.class, Map.of("note", "Sửa sau khi nộp")))
                .put("/api/v1/dossiers/" + dossier).then().statusCode(403);
        given().header(TestTokens.as(own)).contentType(ContentType.JSON)
                .header("If-Match", Flow.etag("/api/v1/dossiers/" + dossier)).body(Map.of("reason", "Tự trả lại"))
                .post("/api/v1/dossiers/" + dossier + "/return").then().statusCode(403);
        given().header(TestTokens.as(own)).queryParam("size", 100).get("/api/v1/dossiers").then().statusCode(200)
                .body("items.id", hasItem((int) dossier));
        given().header(TestTokens.as(other)).queryParam("productId", product).get("/api/v1/dossiers").then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    void revocationByTheProvinceOfThreeAndFourStarsAndByTheMinistry() {
        long product = product();
        long three = fixtures.paperCertificate(product, 3, "QD-148-1489-2025", LocalDate.of(2025, 10, 1));
        long five = fixtures.paperCertificate(product(), 5, "QD-148-1489-2025", LocalDate.of(2025, 10, 1));
        String path = "/api/v1/certificates/";
        Map<String, Object> asProvince = Map.of("ground", "PRODUCTION_STOPPED", "revokedOn", "2026-03-02",
                "revokingLevel", "PROVINCE", "revokingBody", "UBND tỉnh Hà Giang", "note", "Ngừng sản xuất");
        notFound(given().header(TestTokens.as(officerOfB())).contentType(ContentType.JSON)
                .header("If-Match", Flow.etag(path + three)).body(asProvince).post(path + three + "/revocation").then());
        notFound(given().header(TestTokens.as(officerOfB())).get(path + three).then());
        for (String token : List.of(TestTokens.officer(Role.COMMUNE, pathCommuneA), TestTokens.officer(Role.DISTRICT, pathA),
                TestTokens.council(Flow.CHAIR), TestTokens.producer(fixtures.producerOf(product)))) {
            given().header(TestTokens.as(token)).contentType(ContentType.JSON).header("If-Match", Flow.etag(path + three))
                    .body(asProvince).post(path + three + "/revocation").then().statusCode(403);
        }
        String province = TestTokens.builder("pho.giam.doc.so." + EvaluationFixtures.unique(), Role.PROVINCE)
                .areaPath(pathA).sign();
        Map<String, Object> asCentre = new HashMap<>(asProvince);
        asCentre.put("revokingLevel", "CENTRE");
        asCentre.put("revokingBody", "Bộ Nông nghiệp và Môi trường");
        given().header(TestTokens.as(province)).contentType(ContentType.JSON).header("If-Match", Flow.etag(path + five))
                .body(asCentre).post(path + five + "/revocation").then().statusCode(403)
                .body("detail", equalTo("Cán bộ cấp tỉnh thu hồi với tư cách cấp tỉnh: revokingLevel phải là PROVINCE, không phải CENTRE."));
        // Acting as the province, the engine's rule refuses: under 148+1489 (in force on 2 Mar 2026) 5★ is the centre's.
        given().header(TestTokens.as(province)).header("Accept-Language", "en").contentType(ContentType.JSON)
                .header("If-Match", Flow.etag(path + five)).body(asProvince).post(path + five + "/revocation").then()
                .statusCode(409).body("errors[0].field", equalTo("revokingLevel"))
                .body("errors[0].reason", equalTo("level PROVINCE may not revoke a 5★ certificate under QD-148-1489-2025"
                        + " (it is revoked by: CENTRE)"));
        // Issue 9 item 17: a province revoking at the wrong level is told which level it must act as.
        given().header(TestTokens.as(province)).header("Accept-Language", "en").contentType(ContentType.JSON)
                .header("If-Match", Flow.etag(path + three)).body(asCentre).post(path + three + "/revocation").then()
                .statusCode(403)
                .body("detail", equalTo("A province officer revokes as the province: revokingLevel must be PROVINCE, not CENTRE."));
        given().header(TestTokens.as(province)).contentType(ContentType.JSON)
                .header("If-Match", Flow.etag(path + three)).body(asCentre).post(path + three + "/revocation").then()
                .statusCode(403)
                .body("detail", equalTo("Cán bộ cấp tỉnh thu hồi với tư cách cấp tỉnh: revokingLevel phải là PROVINCE, không phải CENTRE."));
        given().get(path + five).then().body("status", equalTo("VALID"));

        String actor = TestTokens.claimsOf(province).get("upn").toString();
        given().header(TestTokens.as(province)).contentType(ContentType.JSON).header("If-Match", Flow.etag(path + three))
                .body(asProvince).post(path + three + "/revocation").then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("revokedBy", equalTo(actor));
        given().header(TestTokens.as(TestTokens.builder("bo.truong", Role.ADMIN).sign())).contentType(ContentType.JSON)
                .header("If-Match", Flow.etag(path + five)).body(asCentre).post(path + five + "/revocation").then()
                .statusCode(200).body("revokedBy", equalTo("bo.truong"));
        given().get("/api/v1/products/" + product + "/audit-log").then().statusCode(200)
                .body("items.find { it.action == 'certificate.revoke' }.actor", equalTo(actor));
    }

    @Test
    void theAuditLogNamesTheAccountAndIgnoresAnXUserHeader() {
        long product = product();
        String account = "can.bo.ocop." + EvaluationFixtures.unique();
        long dossier = given().header(TestTokens.as(TestTokens.builder(account, Role.PROVINCE).areaPath(pathA).sign()))
                .header("X-User", "ke.mao.danh").contentType(ContentType.JSON)
                .body(Map.of("productId", product, "evaluationType", "NEW", "filedOn", "2026-08-03"))
                .post("/api/v1/dossiers").then().statusCode(201).extract().jsonPath().getLong("id");
        given().queryParam("entityType", "dossier").queryParam("entityId", dossier).get("/api/v1/audit-log").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].actor", equalTo(account));
        // Officers read the record's log only within their area.
        given().header(TestTokens.as(TestTokens.officer(Role.PROVINCE, pathA))).queryParam("entityType", "dossier")
                .queryParam("entityId", dossier).get("/api/v1/audit-log").then().statusCode(200).body("total", equalTo(1));
        given().header(TestTokens.as(officerOfB())).queryParam("entityType", "dossier").queryParam("entityId", dossier)
                .get("/api/v1/audit-log").then().statusCode(200).body("total", equalTo(0));
        notFound(given().header(TestTokens.as(officerOfB())).get("/api/v1/products/" + product + "/audit-log").then());
        // No token at all: 401, whatever X-User says.
        given().header(TestTokens.anonymous()).header("X-User", "admin").get("/api/v1/dossiers/" + dossier).then()
                .statusCode(401).contentType(startsWith("application/problem+json"));
        given().header(TestTokens.anonymous()).header("X-User", "admin").contentType(ContentType.JSON)
                .body(Map.of("productId", product, "evaluationType", "NEW")).post("/api/v1/dossiers").then()
                .statusCode(401);
    }
}
