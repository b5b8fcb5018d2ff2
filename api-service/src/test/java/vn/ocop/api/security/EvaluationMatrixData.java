package vn.ocop.api.security;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.api.evaluation.EvaluationFixtures;

/**
 * The evaluation records the access matrix calls, made through the API as ADMIN and the council's own accounts:
 * a provincial round of province P (rules 148 as amended by 1489, 2025) with a council whose chair is the matrix's
 * COUNCIL_MEMBER caller, and four dossiers of producer P's own products in commune C:
 * <ul>
 * <li>{@code draft}: DRAFT (the producer may still change it);</li>
 * <li>{@code submitted}: SUBMITTED, waiting in the commune's queue;</li>
 * <li>{@code scoring}: in the round, the chair's sheet submitted, the member's not (result open);</li>
 * <li>{@code decided}: in the round, both sheets, result closed by the chair, recognised 3★ by the province.</li>
 * </ul>
 */
final class EvaluationMatrixData {

    static final String RULES = "QD-148-1489-2025";
    static final String FILED_ON = "2025-08-05";
    static final String STARTS_ON = "2025-10-01";
    static final String ENDS_ON = "2025-10-30";

    /** What the rows refer to. {@code chair} is the user name of the council's chair (the COUNCIL_MEMBER caller). */
    record Evaluation(long roundId, String chair, long draft, long submitted, long scoring, long decided) {
    }

    private EvaluationMatrixData() {
    }

    static Evaluation create(long provinceId, long producerId) {
        String u = SecurityTestData.unique();
        String admin = TestTokens.admin();
        String chair = "chutich." + u;
        String member = "thanhvien." + u;
        long roundId = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(roundBody("PROVINCE", provinceId, chair, member, "thuky." + u))
                .post("/api/v1/evaluation-rounds").then().statusCode(201).extract().jsonPath().getLong("id");

        long draft = dossier(admin, product(admin, producerId));
        long submitted = dossier(admin, product(admin, producerId));
        submit(admin, submitted);
        long scoring = inRound(admin, roundId, product(admin, producerId));
        sheet(chair, roundId, scoring, chair, new BigDecimal("69"));
        long decided = inRound(admin, roundId, product(admin, producerId));
        sheet(chair, roundId, decided, chair, new BigDecimal("69"));
        sheet(member, roundId, decided, member, new BigDecimal("63"));
        given().auth().oauth2(TestTokens.council(chair)).post(entry(roundId, decided) + "/result/closure")
                .then().statusCode(200);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(decisionBody())
                .post(entry(roundId, decided) + "/decision").then().statusCode(201);
        return new Evaluation(roundId, chair, draft, submitted, scoring, decided);
    }

    static String entry(long roundId, long dossierId) {
        return "/api/v1/evaluation-rounds/" + roundId + "/dossiers/" + dossierId;
    }

    /** A new product of the producer, in its area (a dossier is open at most once per product). */
    static long product(String admin, long producerId) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(AccessMatrixTest.productBody(producerId))
                .post("/api/v1/products").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> dossierBody(long productId) {
        Map<String, Object> body = new HashMap<>();
        body.put("productId", productId);
        body.put("evaluationType", "NEW");
        body.put("filedOn", FILED_ON);
        body.put("note", "Hồ sơ đánh giá sản phẩm mật ong bạc hà");
        return body;
    }

    static Map<String, Object> roundBody(String level, long areaId, String chair, String member, String secretary) {
        return Map.of("name", "Đợt đánh giá sản phẩm OCOP cấp tỉnh " + SecurityTestData.unique(), "level", level,
                "areaId", areaId, "startsOn", STARTS_ON, "endsOn", ENDS_ON,
                "council", List.of(Map.of("userId", chair, "fullName", "Nguyễn Văn Hùng", "role", "CHAIR"),
                        Map.of("userId", member, "fullName", "Trần Thị Lan", "role", "MEMBER"),
                        Map.of("userId", secretary, "fullName", "Lê Minh Đức", "role", "SECRETARY")));
    }

    static Map<String, Object> communeAssessmentBody() {
        return Map.of("assessedOn", "2025-09-15", "rawMaterialOrigin", "Nguyên liệu trồng tại xã",
                "localLabour", "15 lao động địa phương", "ideaOrigin", "Ý tưởng của hợp tác xã",
                "localIdentity", "Bí quyết truyền thống của đồng bào", "proposal", "Đề nghị tỉnh đánh giá");
    }

    static Map<String, Object> decisionBody() {
        return Map.of("kind", "RECOGNISE", "stars", 3, "decidingBody", "UBND tỉnh Ma Trận",
                "decisionNumber", SecurityTestData.unique() + "/QĐ-UBND", "decisionDate", ENDS_ON,
                "reasons", "Theo kết quả của hội đồng");
    }

    static Map<String, String> answers(BigDecimal total) {
        return EvaluationFixtures.answersTotalling(RULES, total);
    }

    private static long dossier(String admin, long productId) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON).body(dossierBody(productId))
                .post("/api/v1/dossiers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String submit(String admin, long dossierId) {
        Response r = given().auth().oauth2(admin).header("If-Match", etag(admin, "/api/v1/dossiers/" + dossierId))
                .post("/api/v1/dossiers/" + dossierId + "/submission");
        r.then().statusCode(200);
        return r.header("ETag");
    }

    /** Filed, submitted, assessed by the commune (now in the province's queue) and put into the round. */
    private static long inRound(String admin, long roundId, long productId) {
        long dossierId = dossier(admin, productId);
        String etag = submit(admin, dossierId);
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", etag)
                .body(communeAssessmentBody()).post("/api/v1/dossiers/" + dossierId + "/commune-assessment")
                .then().statusCode(200);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("dossierId", dossierId))
                .post("/api/v1/evaluation-rounds/" + roundId + "/dossiers").then().statusCode(201);
        return dossierId;
    }

    private static void sheet(String username, long roundId, long dossierId, String memberId, BigDecimal total) {
        given().auth().oauth2(TestTokens.council(username)).contentType(ContentType.JSON)
                .body(Map.of("memberId", memberId, "answers", answers(total)))
                .post(entry(roundId, dossierId) + "/score-sheets").then().statusCode(201);
    }

    private static String etag(String token, String path) {
        return given().auth().oauth2(token).get(path).then().statusCode(200).extract().header("ETag");
    }
}
