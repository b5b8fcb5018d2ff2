package vn.ocop.api.fuzz;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.certificate.Certificate;
import vn.ocop.api.certificate.CertificateStatus;
import vn.ocop.api.evaluation.EvaluationFixtures;
import vn.ocop.api.producer.Producer;
import vn.ocop.api.product.Product;
import vn.ocop.api.security.Role;
import vn.ocop.api.security.SecurityTestData;
import vn.ocop.api.security.TestTokens;

/**
 * The records the fuzzer aims its path ids and body references at, so that requests get past 404 and reach
 * validation, the workflow rules and the database: a province P with commune C, a producer of C with a certified
 * product and its valid certificate, an account, a plan of C with a target, a milestone and an activity, and a
 * provincial evaluation round of P (rules 148+1489) holding dossiers of the producer in each state (draft, submitted,
 * in the round with one sheet, decided). Tokens: ADMIN, the PROVINCE officer of P, the COMMUNE officer of C, the
 * round's chair (COUNCIL) and the producer (PRODUCER), i.e. callers who reach these records.
 */
final class FuzzFixture {

    /** Who sends a request. */
    enum Caller {
        ANONYMOUS, ADMIN, PROVINCE, COMMUNE, COUNCIL, PRODUCER
    }

    static final String RULES = "QD-148-1489-2025";
    static final String PRODUCT_SET = "FOOD_FRESH_PRODUCE";
    static final String PASSWORD = "FuzzPass#2025-ok";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    final Area province;
    final Area commune;
    final Area refCommune;
    final Producer producer;
    final Product product;
    final Certificate certificate;
    final long accountId;
    final String username;
    final long planId;
    final long targetId;
    final long milestoneId;
    final long activityId;
    final long roundId;
    final String chair;
    final String member;
    final long draft;
    final long submitted;
    final long scoring;
    final long decided;
    final List<Long> dossierProducts;
    final long spareProduct;
    final Map<String, String> answers;
    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);

    FuzzFixture(SecurityTestData data) {
        String u = SecurityTestData.unique();
        province = data.area("FP" + u.substring(0, 6), "Tỉnh Kiểm Thử " + u, AreaLevel.PROVINCE, null);
        commune = data.area("FX" + u.substring(0, 6), "Xã Đồng Tâm " + u, AreaLevel.COMMUNE, province);
        producer = data.producer("Hợp tác xã Kiểm Thử " + u, commune);
        product = data.product("Chè Đồng Tâm " + u, producer, "FOOD");
        certificate = data.certificate(product, 4, LocalDate.of(2025, 1, 15), CertificateStatus.VALID);
        // Bodies refer to this commune, which no path points at: updates of the fuzzed records cannot spoil it.
        refCommune = data.area("FY" + u.substring(0, 6), "Xã Hòa Bình " + u, AreaLevel.COMMUNE, province);
        username = "fuzz." + u;
        accountId = data.account(username, PASSWORD, Role.COMMUNE, commune, null, true).id;
        tokens.put(Caller.ADMIN, TestTokens.admin());
        tokens.put(Caller.PROVINCE, TestTokens.officer(Role.PROVINCE, province.path));
        tokens.put(Caller.COMMUNE, TestTokens.officer(Role.COMMUNE, commune.path));
        tokens.put(Caller.PRODUCER, TestTokens.producer(producer.id));
        String admin = tokens.get(Caller.ADMIN);

        planId = created(admin, "/api/v1/plans", Map.of("areaId", commune.id, "year", 2025,
                "title", "Kế hoạch OCOP xã Đồng Tâm năm 2025"));
        String plan = "/api/v1/plans/" + planId;
        targetId = created(admin, plan + "/targets", Map.of("kind", "CUMULATIVE_AT_LEAST_STARS", "minStars", 3,
                "quantity", 2));
        milestoneId = created(admin, plan + "/milestones", Map.of("title", "Đăng ký ý tưởng sản phẩm",
                "dueOn", "2025-05-31"));
        activityId = created(admin, plan + "/activities", Map.of("kind", "FAIR", "title", "Hội chợ OCOP",
                "heldOn", "2025-09-02"));

        chair = "chutich." + u;
        member = "thanhvien." + u;
        tokens.put(Caller.COUNCIL, TestTokens.council(chair));
        roundId = created(admin, "/api/v1/evaluation-rounds", Map.of("name", "Đợt đánh giá OCOP cấp tỉnh " + u,
                "level", "PROVINCE", "areaId", province.id, "startsOn", "2025-10-01", "endsOn", "2025-10-30",
                "council", List.of(Map.of("userId", chair, "fullName", "Nguyễn Văn Hùng", "role", "CHAIR"),
                        Map.of("userId", member, "fullName", "Trần Thị Lan", "role", "MEMBER"),
                        Map.of("userId", "thuky." + u, "fullName", "Lê Minh Đức", "role", "SECRETARY"))));
        long p1 = newProduct(admin);
        long p2 = newProduct(admin);
        long p3 = newProduct(admin);
        long p4 = newProduct(admin);
        dossierProducts = List.of(p1, p2, p3, p4);
        spareProduct = newProduct(admin);
        draft = dossier(admin, p1);
        submitted = dossier(admin, p2);
        submit(admin, submitted);
        scoring = inRound(admin, p3);
        sheet(chair, scoring, new BigDecimal("69"));
        decided = inRound(admin, p4);
        sheet(chair, decided, new BigDecimal("69"));
        sheet(member, decided, new BigDecimal("63"));
        given().auth().oauth2(TestTokens.council(chair)).post(entry(decided) + "/result/closure")
                .then().statusCode(200);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("kind", "RECOGNISE", "stars", 3,
                "decidingBody", "UBND tỉnh Kiểm Thử", "decisionNumber", u + "/QĐ-UBND", "decisionDate", "2025-10-30",
                "reasons", "Theo kết quả của hội đồng")).post(entry(decided) + "/decision").then().statusCode(201);
        answers = EvaluationFixtures.answersTotalling(RULES, new BigDecimal("63"));
    }

    String token(Caller caller) {
        return tokens.get(caller);
    }

    // ---- path parameters ----

    /**
     * Real values for a path parameter, by the segment before it ({@code /products/{id}} → products), or null when
     * the fixture has none (the fuzzer then uses schema values and says so).
     */
    List<String> pathValues(String template, String name) {
        String[] segments = template.split("/");
        String previous = "";
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{" + name + "}")) {
                previous = segments[i - 1];
            }
        }
        boolean isPublic = template.startsWith("/api/v1/public/");
        return switch (previous) {
            case "accounts" -> ids(accountId);
            case "areas" -> ids(commune.id, province.id);
            case "by-code" -> List.of(commune.code, province.code);
            case "certificates" -> isPublic ? List.of(certificate.number) : ids(certificate.id);
            case "dossiers" -> name.equals("dossierId") ? ids(scoring, decided) : ids(draft, submitted, scoring, decided);
            case "evaluation-rounds" -> ids(roundId);
            case "score-sheets" -> List.of(chair, member);
            case "plans" -> ids(planId);
            case "targets" -> ids(targetId);
            case "milestones" -> ids(milestoneId);
            case "activities" -> ids(activityId);
            case "producers" -> ids(producer.id);
            case "products" -> ids(product.id, dossierProducts.get(0), dossierProducts.get(3), spareProduct);
            case "rule-sets" -> List.of("QD-148-2023", RULES, "QD-26-2026");
            case "product-sets" -> List.of(PRODUCT_SET, "FOOD_TEA");
            default -> null;
        };
    }

    private static List<String> ids(long... ids) {
        return java.util.Arrays.stream(ids).mapToObj(Long::toString).toList();
    }

    // ---- values of query parameters and body properties that refer to records ----

    /**
     * A valid value for a query parameter or body property with this name (in the schema {@code owner}, null for
     * a query parameter), when the name refers to a record or must be unique; null to let the schema decide.
     */
    JsonNode hint(String owner, String name, Random random) {
        String n = random.nextInt(1_000_000_000) + "";
        if ("TokenRequest".equals(owner)) {
            return switch (name) {
                case "username" -> JSON.textNode(username);
                case "password" -> JSON.textNode(random.nextBoolean() ? PASSWORD : "Sai#mat-khau-" + n);
                default -> null;
            };
        }
        if ("AreaImportRow".equals(owner)) {
            return switch (name) {
                case "code" -> JSON.textNode("FZ" + n.substring(0, Math.min(6, n.length())));
                case "parent_code" -> JSON.textNode(province.code);
                case "level" -> JSON.textNode("COMMUNE");
                case "valid_from" -> JSON.textNode("2025-07-01");
                case "valid_to" -> null;
                default -> null;
            };
        }
        if ("EvaluationRoundRequest".equals(owner) && name.equals("areaId")) {
            return JSON.numberNode(province.id);
        }
        return switch (name) {
            case "#TargetRequest" -> MAPPER.valueToTree(Mutations.pick(random,
                    Map.of("kind", "CUMULATIVE_AT_LEAST_STARS", "minStars", 3, "quantity", 2 + random.nextInt(9)),
                    Map.of("kind", "PRODUCTS_AT_LEAST_STARS", "minStars", 4, "quantity", 1 + random.nextInt(5),
                            "label", "Sản phẩm đạt 4 sao trở lên"),
                    Map.of("kind", "FAIRS", "quantity", 1 + random.nextInt(3))));
            case "#EvaluationRoundRequest" -> MAPPER.valueToTree(Map.of(
                    "name", "Đợt đánh giá OCOP cấp tỉnh " + n, "level", "PROVINCE", "areaId", province.id,
                    "ruleSetId", RULES, "startsOn", "2025-10-01", "endsOn", "2025-10-30",
                    "council", List.of(Map.of("userId", "ct." + n, "fullName", "Nguyễn Văn Hùng", "role", "CHAIR"),
                            Map.of("userId", "tv." + n, "fullName", "Trần Thị Lan", "role", "MEMBER"),
                            Map.of("userId", "tk." + n, "fullName", "Lê Minh Đức", "role", "SECRETARY"))));
            case "#ScoreRequest" -> MAPPER.valueToTree(Map.of("ruleSetId", RULES, "productSetCode", PRODUCT_SET,
                    "level", "PROVINCE", "sheets", List.of(Map.of("memberId", "tv." + n, "role", "CHAIR",
                            "answers", answers))));
            case "filedOn" -> JSON.textNode("2025-08-05");
            case "revokedOn" -> JSON.textNode("2025-06-01");
            case "decisionDate" -> JSON.textNode("2025-10-30");
            case "assessedOn" -> JSON.textNode("2025-09-15");
            case "validFrom", "validOn", "valid_from" -> JSON.textNode("2025-07-01");
            case "asOf", "date" -> JSON.textNode("2025-12-31");
            case "areaId" -> JSON.numberNode(random.nextInt(3) == 0 ? province.id : refCommune.id);
            case "parentId" -> JSON.numberNode(province.id);
            case "parentCode", "provinceCode" -> JSON.textNode(province.code);
            case "producerId" -> JSON.numberNode(producer.id);
            case "productId" -> JSON.numberNode(random.nextBoolean() ? spareProduct : product.id);
            case "entityId" -> JSON.numberNode(random.nextBoolean() ? draft : roundId);
            case "dossierId" -> JSON.numberNode(random.nextBoolean() ? submitted : draft);
            case "producerIds" -> JSON.arrayNode().add(producer.id);
            case "memberId" -> JSON.textNode(random.nextBoolean() ? chair : member);
            case "userId" -> JSON.textNode("fz.user." + n);
            case "answers", "selfAssessment" -> MAPPER.valueToTree(answers);
            case "ruleSetId" -> JSON.textNode(random.nextBoolean() ? RULES : "QD-148-2023");
            case "productSetCode" -> JSON.textNode(PRODUCT_SET);
            case "code" -> JSON.textNode("FZ" + n.substring(0, Math.min(6, n.length())));
            case "registrationCode" -> JSON.textNode("FZ-" + n);
            case "username" -> JSON.textNode("fz." + n);
            case "password" -> JSON.textNode("FuzzPass#" + n);
            case "email" -> JSON.textNode("fz" + n + "@example.vn");
            case "certificateNumber" -> JSON.textNode("FZ-GCN-" + n);
            case "decisionNumber" -> JSON.textNode(n + "/QĐ-UBND");
            case "productCode" -> null;
            default -> null;
        };
    }

    /** An id no record has (far above any id a test run creates). */
    static long unknownId(Random random) {
        return 9_000_000_000L + random.nextInt(1_000_000);
    }

    // ---- creation through the API ----

    private static long created(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private String entry(long dossierId) {
        return "/api/v1/evaluation-rounds/" + roundId + "/dossiers/" + dossierId;
    }

    private long newProduct(String admin) {
        return created(admin, "/api/v1/products", Map.of("name", "Mật ong bạc hà", "producerId", producer.id,
                "productSetCode", PRODUCT_SET));
    }

    private static long dossier(String admin, long productId) {
        Map<String, Object> body = new HashMap<>();
        body.put("productId", productId);
        body.put("evaluationType", "NEW");
        body.put("filedOn", "2025-08-05");
        body.put("note", "Hồ sơ đánh giá sản phẩm mật ong bạc hà");
        return created(admin, "/api/v1/dossiers", body);
    }

    private static String submit(String admin, long dossierId) {
        String etag = given().auth().oauth2(admin).get("/api/v1/dossiers/" + dossierId).then().statusCode(200)
                .extract().header("ETag");
        Response r = given().auth().oauth2(admin).header("If-Match", etag)
                .post("/api/v1/dossiers/" + dossierId + "/submission");
        r.then().statusCode(200);
        return r.header("ETag");
    }

    private long inRound(String admin, long productId) {
        long dossierId = dossier(admin, productId);
        String etag = submit(admin, dossierId);
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("assessedOn", "2025-09-15", "rawMaterialOrigin", "Nguyên liệu trồng tại xã",
                        "localLabour", "15 lao động địa phương", "ideaOrigin", "Ý tưởng của hợp tác xã",
                        "localIdentity", "Bí quyết truyền thống", "proposal", "Đề nghị tỉnh đánh giá"))
                .post("/api/v1/dossiers/" + dossierId + "/commune-assessment").then().statusCode(200);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("dossierId", dossierId))
                .post("/api/v1/evaluation-rounds/" + roundId + "/dossiers").then().statusCode(201);
        return dossierId;
    }

    private void sheet(String memberId, long dossierId, BigDecimal total) {
        given().auth().oauth2(TestTokens.council(memberId)).contentType(ContentType.JSON)
                .body(Map.of("memberId", memberId, "answers", EvaluationFixtures.answersTotalling(RULES, total)))
                .post(entry(dossierId) + "/score-sheets").then().statusCode(201);
    }
}
