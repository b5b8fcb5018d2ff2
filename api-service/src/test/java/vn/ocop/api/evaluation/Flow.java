package vn.ocop.api.evaluation;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.api.security.Role;
import vn.ocop.api.security.TestTokens;

/** REST steps of the OCOP cycle shared by the scenario tests. */
final class Flow {

    static final String CHAIR = "chu.tich";
    static final String MEMBER = "thanh.vien";
    static final String SECRETARY = "thu.ky";

    /** The user name recorded on decisions made through {@link #decide}. */
    static final String DECIDER = "chu.tich.ubnd";

    private static String decider;

    private Flow() {
    }

    /** Decisions through {@link #decide} are made with this token (default: an ADMIN named {@link #DECIDER}). */
    static void decideAs(String token) {
        decider = token;
    }

    /** An officer named {@link #DECIDER} of the area with this path. */
    static String deciderOf(Role role, String areaPath) {
        return TestTokens.builder(DECIDER, role).areaPath(areaPath).sign();
    }

    static void reset() {
        decider = null;
    }

    /** A JSON number equal to {@code value}, whatever its scale or Java type (72, 72.0, 72.00). */
    static org.hamcrest.Matcher<Object> num(String value) {
        return new org.hamcrest.CustomTypeSafeMatcher<Object>("a number equal to " + value) {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof Number && new BigDecimal(item.toString()).compareTo(new BigDecimal(value)) == 0;
            }
        };
    }

    static long dossier(long productId, String type, LocalDate filedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("productId", productId);
        body.put("evaluationType", type);
        body.put("filedOn", filedOn.toString());
        body.put("note", "Hồ sơ đánh giá sản phẩm");
        body.put("evidence", List.of(Map.of("type", "BUSINESS_LICENCE", "fileName", "giấy phép.pdf",
                "sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "sizeBytes", 1024)));
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/dossiers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }

    static Response submit(long dossierId) {
        return given().header("If-Match", etag("/api/v1/dossiers/" + dossierId))
                .post("/api/v1/dossiers/" + dossierId + "/submission");
    }

    static Response communeAssessment(long dossierId, LocalDate on) {
        return communeAssessment(dossierId, on, null);
    }

    /** The commune's assessment sent with {@code token} (null: the default token of the test). */
    static Response communeAssessment(long dossierId, LocalDate on, String token) {
        var request = given();
        if (token != null) {
            request.header(TestTokens.as(token));
        }
        return request.contentType(ContentType.JSON).header("If-Match", etag("/api/v1/dossiers/" + dossierId))
                .body(Map.of("assessedOn", on.toString(), "rawMaterialOrigin", "Nguyên liệu trồng tại xã",
                        "localLabour", "15 lao động địa phương", "ideaOrigin", "Ý tưởng của hợp tác xã",
                        "localIdentity", "Bí quyết truyền thống của đồng bào", "proposal", "Đề nghị tỉnh đánh giá"))
                .post("/api/v1/dossiers/" + dossierId + "/commune-assessment");
    }

    static Response createRound(String level, long areaId, String ruleSetId, LocalDate startsOn, LocalDate endsOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Đợt đánh giá, phân hạng sản phẩm OCOP " + level + " " + EvaluationFixtures.unique());
        body.put("level", level);
        body.put("areaId", areaId);
        if (ruleSetId != null) {
            body.put("ruleSetId", ruleSetId);
        }
        body.put("startsOn", startsOn.toString());
        body.put("endsOn", endsOn.toString());
        body.put("council", List.of(
                Map.of("userId", CHAIR, "fullName", "Nguyễn Văn Hùng", "role", "CHAIR"),
                Map.of("userId", MEMBER, "fullName", "Trần Thị Lan", "role", "MEMBER"),
                Map.of("userId", SECRETARY, "fullName", "Lê Minh Đức", "role", "SECRETARY")));
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/evaluation-rounds");
    }

    static long round(String level, long areaId, String ruleSetId, LocalDate startsOn, LocalDate endsOn) {
        return createRound(level, areaId, ruleSetId, startsOn, endsOn).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static Response addDossier(long roundId, long dossierId) {
        return given().contentType(ContentType.JSON).body(Map.of("dossierId", dossierId))
                .post("/api/v1/evaluation-rounds/" + roundId + "/dossiers");
    }

    static String entry(long roundId, long dossierId) {
        return "/api/v1/evaluation-rounds/" + roundId + "/dossiers/" + dossierId;
    }

    static Response sheet(long roundId, long dossierId, String memberId, Map<String, String> answers) {
        return given().contentType(ContentType.JSON).header(TestTokens.as(TestTokens.council(memberId)))
                .body(Map.of("memberId", memberId, "answers", answers))
                .post(entry(roundId, dossierId) + "/score-sheets");
    }

    /**
     * Both scoring members submit sheets around {@code average} (one +d, one −d), the chair closes the result.
     * Returns the result JSON.
     */
    static Response scoreAndClose(long roundId, long dossierId, String ruleSetId, BigDecimal average, BigDecimal spread) {
        sheet(roundId, dossierId, CHAIR, EvaluationFixtures.answersTotalling(ruleSetId, average.add(spread)))
                .then().statusCode(201);
        sheet(roundId, dossierId, MEMBER, EvaluationFixtures.answersTotalling(ruleSetId, average.subtract(spread)))
                .then().statusCode(201);
        return given().header(TestTokens.as(TestTokens.council(CHAIR))).post(entry(roundId, dossierId) + "/result/closure");
    }

    static Response decide(long roundId, long dossierId, String kind, Integer stars, String body, LocalDate date) {
        Map<String, Object> request = new HashMap<>();
        request.put("kind", kind);
        if (stars != null) {
            request.put("stars", stars);
        }
        request.put("decidingBody", body);
        request.put("decisionNumber", EvaluationFixtures.unique() + "/QĐ-UBND");
        request.put("decisionDate", date.toString());
        request.put("reasons", "Theo kết quả của hội đồng");
        return given().contentType(ContentType.JSON)
                .header(TestTokens.as(decider != null ? decider : TestTokens.builder(DECIDER, Role.ADMIN).sign())).body(request)
                .post(entry(roundId, dossierId) + "/decision");
    }
}
