package vn.ocop.api.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.api.common.time.ClockProducer.VIETNAM;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.area.AreaRequest;
import vn.ocop.api.certificate.Certificate;
import vn.ocop.api.certificate.CertificateStatus;
import vn.ocop.api.common.FullBodies;
import vn.ocop.api.plan.ActivityRequest;
import vn.ocop.api.plan.MilestoneRequest;
import vn.ocop.api.plan.PlanRequest;
import vn.ocop.api.plan.TargetRequest;
import vn.ocop.api.producer.Producer;
import vn.ocop.api.producer.ProducerRequest;
import vn.ocop.api.product.Product;
import vn.ocop.api.product.ProductRequest;
import vn.ocop.api.account.AccountRequest;

/**
 * Role × endpoint matrix: every operation of the served OpenAPI document, called by an anonymous caller and by
 * each role (officers and producers both inside and outside the records' reach), answers the expected status:
 * the operation's own success status when allowed, 401 without a token, 403 for a role that may not do it, 404 for
 * a record outside the caller's area (never revealed), 400 for a create that names an area or producer outside it.
 *
 * <p>Nothing is changed by the updates and deletions here: they carry a stale If-Match, so an allowed call ends
 * in 412 (it got past the role gate and the scope check, then stopped before writing); evaluation actions without an
 * If-Match end in the workflow's 409 instead (see {@link EvaluationMatrixRows}). Creations are real and use unique
 * codes. {@link #everyServedOperationIsInTheMatrix} fails when an endpoint is added without a row here.
 */
@QuarkusTest
class AccessMatrixTest {

    /**
     * Who calls. "_OTHER" officers are bound to another province / commune; PRODUCER_OTHER to another producer.
     * DISTRICT is bound to district D of P, which holds commune C (not C2). COUNCIL sits on no round of the fixture;
     * COUNCIL_MEMBER is the chair of the fixture's evaluation round.
     */
    enum Caller {
        ANONYMOUS, ADMIN, PROVINCE, PROVINCE_OTHER, DISTRICT, COMMUNE, COMMUNE_OTHER, COUNCIL, COUNCIL_MEMBER,
        PRODUCER, PRODUCER_OTHER
    }

    static final String STALE = "\"999999\"";
    static final String PASSWORD = "MaTran#2025-ok";

    /**
     * Records in province P / district D / commune C (the records under test), commune C2 of P (outside D), and
     * province P2.
     */
    record Fixture(Area province, Area district, Area commune, Area otherCommune, Area otherProvince, Producer producer,
            Producer otherProducer, Product product, Certificate certificate, long planId, long targetId,
            long milestoneId, long activityId, String username, long accountId, Map<String, String> answers,
            EvaluationMatrixData.Evaluation ev) {
    }

    static Fixture fx;

    @Inject
    SecurityTestData data;

    @BeforeEach
    void fixture() {
        if (fx == null) {
            fx = create();
        }
    }

    private Fixture create() {
        String u = SecurityTestData.unique();
        Area province = data.area("M" + u.substring(0, 6), "Tỉnh Ma Trận " + u, AreaLevel.PROVINCE, null);
        Area district = data.area("H" + u.substring(0, 6), "Huyện Sơn Hà " + u, AreaLevel.DISTRICT, province);
        Area commune = data.area("X" + u.substring(0, 6), "Xã Đồng Tâm " + u, AreaLevel.COMMUNE, district);
        Area otherCommune = data.area("Y" + u.substring(0, 6), "Xã Hòa Bình " + u, AreaLevel.COMMUNE, province);
        Area otherProvince = data.area("N" + u.substring(0, 6), "Tỉnh Khác " + u, AreaLevel.PROVINCE, null);
        Producer producer = data.producer("Hợp tác xã Ma Trận " + u, commune);
        Producer otherProducer = data.producer("Hợp tác xã Hòa Bình " + u, otherCommune);
        Product product = data.product("Chè Đồng Tâm " + u, producer, "FOOD");
        Certificate certificate = data.certificate(product, 4, LocalDate.now(VIETNAM).minusMonths(2),
                CertificateStatus.VALID);
        String admin = TestTokens.admin();
        long planId = given().auth().oauth2(admin).contentType(ContentType.JSON).body(planBody(commune.id))
                .post("/api/v1/plans").then().statusCode(201).extract().jsonPath().getLong("id");
        String planPath = "/api/v1/plans/" + planId;
        long targetId = given().auth().oauth2(admin).contentType(ContentType.JSON).body(targetBody())
                .post(planPath + "/targets").then().statusCode(201).extract().jsonPath().getLong("id");
        long milestoneId = given().auth().oauth2(admin).contentType(ContentType.JSON).body(milestoneBody())
                .post(planPath + "/milestones").then().statusCode(201).extract().jsonPath().getLong("id");
        long activityId = given().auth().oauth2(admin).contentType(ContentType.JSON).body(activityBody())
                .post(planPath + "/activities").then().statusCode(201).extract().jsonPath().getLong("id");
        String username = "matran." + u;
        long accountId = data.account(username, PASSWORD, Role.COMMUNE, commune, null, true).id;
        return new Fixture(province, district, commune, otherCommune, otherProvince, producer, otherProducer, product,
                certificate, planId, targetId, milestoneId, activityId, username, accountId, lowestAnswers(),
                EvaluationMatrixData.create(province.id, producer.id));
    }

    /** The lowest option of every criterion of a fresh-produce sheet (a complete, valid sheet). */
    private static Map<String, String> lowestAnswers() {
        List<Map<String, Object>> criteria = given()
                .get("/api/v1/catalogue/rule-sets/QD-148-2023/product-sets/FOOD_FRESH_PRODUCE")
                .then().statusCode(200).extract().jsonPath().getList("criteria");
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        for (Map<String, Object> criterion : criteria) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> options = (List<Map<String, Object>>) criterion.get("options");
            Map<String, Object> lowest = options.stream()
                    .min(java.util.Comparator.comparingDouble(o -> ((Number) o.get("points")).doubleValue()))
                    .orElseThrow();
            answers.put((String) criterion.get("code"), (String) lowest.get("code"));
        }
        return answers;
    }

    // ---- the matrix ----

    /** One operation: how to call it, and the expected status per caller. */
    record Endpoint(String key, Function<RequestSpecification, Response> call, Map<Caller, Integer> expected) {
        @Override
        public String toString() {
            return key;
        }
    }

    static List<Endpoint> endpoints() {
        return Stream.concat(coreEndpoints().stream(), EvaluationMatrixRows.endpoints().stream()).toList();
    }

    static List<Endpoint> coreEndpoints() {
        return List.of(
                // Areas: reference data, read by every signed-in role; written by ADMIN only.
                get("/api/v1/areas", () -> "/api/v1/areas?level=COMMUNE", anyone(200)),
                get("/api/v1/areas/{id}", () -> "/api/v1/areas/" + fx.commune().id, anyone(200)),
                get("/api/v1/areas/by-code/{code}", () -> "/api/v1/areas/by-code/" + fx.commune().code
                        + "?validOn=" + fx.commune().validFrom, anyone(200)),
                get("/api/v1/areas/{id}/children", () -> "/api/v1/areas/" + fx.province().id + "/children",
                        anyone(200)),
                write("POST", "/api/v1/areas", () -> "/api/v1/areas", null, AccessMatrixTest::areaBody,
                        adminOnly(201)),
                write("PUT", "/api/v1/areas/{id}", () -> "/api/v1/areas/" + fx.commune().id, STALE,
                        () -> FullBodies.of(AreaRequest.class, Map.of("code", fx.commune().code,
                                "name", fx.commune().name, "level", "COMMUNE", "parentId", fx.district().id,
                                "validFrom", fx.commune().validFrom.toString())),
                        adminOnly(412)),
                new Endpoint("POST /api/v1/areas/import", spec -> spec.contentType("text/csv")
                        .body("code,name,full_name,name_en,level,parent_code\n" + newCode()
                                + ",Tỉnh Nhập Khẩu,Tỉnh Nhập Khẩu,Nhap Khau,PROVINCE,\n")
                        .post("/api/v1/areas/import"), adminOnly(200)),
                new Endpoint("POST /api/v1/areas/import", spec -> spec.contentType(ContentType.JSON)
                        .body(List.of(Map.of("code", newCode(), "name", "Tỉnh Nhập Khẩu", "level", "PROVINCE")))
                        .post("/api/v1/areas/import"), adminOnly(200)),

                new Endpoint("POST /api/v1/areas/import/legacy", spec -> spec.contentType("text/csv; charset=UTF-8")
                        .body("code,name,full_name,level,parent_code,valid_to\n" + newCode()
                                + ",Tỉnh Cũ,Tỉnh Cũ,PROVINCE,,2025-06-30\n")
                        .post("/api/v1/areas/import/legacy"), adminOnly(200)),
                // An administrator's empty mapping is refused (400) after the access check.
                new Endpoint("POST /api/v1/areas/successions/import", spec -> spec.contentType("text/csv")
                        .body("old_commune_code,old_district_code,old_province_code,new_commune_code,new_province_code\n")
                        .post("/api/v1/areas/successions/import"), adminOnly(400)),
                get("/api/v1/areas/{id}/successors", () -> "/api/v1/areas/" + fx.commune().id + "/successors",
                        anyone(200)),
                // Register imports: administrators and provincial officials (an import is seen in its importer's area).
                new Endpoint("POST /api/v1/imports", spec -> spec.multiPart("file", "so-theo-doi.csv",
                        "producer_registration_code,producer_name,producer_type,product_name,product_set_code\n"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv")
                        .queryParam("dryRun", true).post("/api/v1/imports"),
                        rule(401, 202, 202, 202, 403, 403, 403, 403, 403, 403, 403)),
                get("/api/v1/imports/{id}", () -> "/api/v1/imports/" + adminImport(),
                        rule(401, 200, 404, 404, 403, 403, 403, 403, 403, 403, 403)),
                get("/api/v1/imports/templates/{file}", () -> "/api/v1/imports/templates/register.csv",
                        rule(401, 200, 200, 200, 403, 403, 403, 403, 403, 403, 403)),
                // Producers: officers in their area, a PRODUCER its own record; council none.
                get("/api/v1/producers", () -> "/api/v1/producers", listByScope()),
                get("/api/v1/producers/{id}", () -> "/api/v1/producers/" + fx.producer().id, ownOrArea(200)),
                write("POST", "/api/v1/producers", () -> "/api/v1/producers", null,
                        () -> producerBody(fx.commune().id), createInArea(201, false)),
                write("PUT", "/api/v1/producers/{id}", () -> "/api/v1/producers/" + fx.producer().id, STALE,
                        () -> FullBodies.of(ProducerRequest.class, producerBody(fx.commune().id)), ownOrArea(412)),
                write("DELETE", "/api/v1/producers/{id}", () -> "/api/v1/producers/" + fx.producer().id, STALE,
                        null, areaOnly(412)),

                // Products: as their producer; the official code is assigned by officers.
                get("/api/v1/products", () -> "/api/v1/products", listByScope()),
                get("/api/v1/products/{id}", () -> "/api/v1/products/" + fx.product().id, ownOrArea(200)),
                write("POST", "/api/v1/products", () -> "/api/v1/products", null,
                        () -> productBody(fx.producer().id), createInArea(201, true)),
                write("PUT", "/api/v1/products/{id}", () -> "/api/v1/products/" + fx.product().id, STALE,
                        () -> FullBodies.of(ProductRequest.class, productBody(fx.producer().id)), ownOrArea(412)),
                write("DELETE", "/api/v1/products/{id}", () -> "/api/v1/products/" + fx.product().id, STALE, null,
                        ownOrArea(412)),
                write("POST", "/api/v1/products/{id}/product-code",
                        () -> "/api/v1/products/" + fx.product().id + "/product-code", STALE, null, areaOnly(412)),
                write("PUT", "/api/v1/products/{id}/product-code",
                        () -> "/api/v1/products/" + fx.product().id + "/product-code", STALE,
                        () -> Map.of("productCode", "25-07570-003-2025"), areaOnly(412)),
                write("DELETE", "/api/v1/products/{id}/product-code",
                        () -> "/api/v1/products/" + fx.product().id + "/product-code", STALE, null, areaOnly(412)),

                // Plans and their parts: officers of the plan's area (and above); no producer, no council.
                // National shapes: officers only, rows filtered to what they reach (as the plan list).
                get("/api/v1/exports/ptnt-ocop", () -> "/api/v1/exports/ptnt-ocop", planList()),
                get("/api/v1/exports/national-portal", () -> "/api/v1/exports/national-portal", planList()),
                get("/api/v1/plans", () -> "/api/v1/plans", planList()),
                get("/api/v1/plans/{id}", () -> plan(), planRecord(200)),
                write("POST", "/api/v1/plans", () -> "/api/v1/plans", null, () -> planBody(fx.commune().id),
                        planCreate()),
                write("PUT", "/api/v1/plans/{id}", () -> plan(), STALE,
                        () -> FullBodies.of(PlanRequest.class, planBody(fx.commune().id)),
                        planRecord(412)),
                write("DELETE", "/api/v1/plans/{id}", () -> plan(), STALE, null, planRecord(412)),
                get("/api/v1/plans/{planId}/progress", () -> plan() + "/progress", planRecord(200)),
                get("/api/v1/plans/{planId}/targets", () -> plan() + "/targets", planRecord(200)),
                get("/api/v1/plans/{planId}/targets/{id}", () -> plan() + "/targets/" + fx.targetId(),
                        planRecord(200)),
                write("POST", "/api/v1/plans/{planId}/targets", () -> plan() + "/targets", STALE,
                        AccessMatrixTest::targetBody, planRecord(412)),
                write("PUT", "/api/v1/plans/{planId}/targets/{id}", () -> plan() + "/targets/" + fx.targetId(),
                        STALE, () -> FullBodies.of(TargetRequest.class, targetBody()), planRecord(412)),
                write("DELETE", "/api/v1/plans/{planId}/targets/{id}", () -> plan() + "/targets/" + fx.targetId(),
                        STALE, null, planRecord(412)),
                get("/api/v1/plans/{planId}/targets/{targetId}/actuals",
                        () -> plan() + "/targets/" + fx.targetId() + "/actuals", planRecord(200)),
                write("POST", "/api/v1/plans/{planId}/targets/{targetId}/actuals",
                        () -> plan() + "/targets/" + fx.targetId() + "/actuals", STALE, AccessMatrixTest::actualBody,
                        planRecord(412)),
                write("DELETE", "/api/v1/plans/{planId}/targets/{targetId}/actuals/{id}",
                        () -> plan() + "/targets/" + fx.targetId() + "/actuals/1", STALE, null, planRecord(412)),
                get("/api/v1/plans/{planId}/milestones", () -> plan() + "/milestones", planRecord(200)),
                get("/api/v1/plans/{planId}/milestones/{id}", () -> plan() + "/milestones/" + fx.milestoneId(),
                        planRecord(200)),
                write("POST", "/api/v1/plans/{planId}/milestones", () -> plan() + "/milestones", STALE,
                        AccessMatrixTest::milestoneBody, planRecord(412)),
                write("PUT", "/api/v1/plans/{planId}/milestones/{id}",
                        () -> plan() + "/milestones/" + fx.milestoneId(), STALE,
                        () -> FullBodies.of(MilestoneRequest.class, milestoneBody()),
                        planRecord(412)),
                write("DELETE", "/api/v1/plans/{planId}/milestones/{id}",
                        () -> plan() + "/milestones/" + fx.milestoneId(), STALE, null, planRecord(412)),
                get("/api/v1/plans/{planId}/activities", () -> plan() + "/activities", planRecord(200)),
                get("/api/v1/plans/{planId}/activities/{id}", () -> plan() + "/activities/" + fx.activityId(),
                        planRecord(200)),
                write("POST", "/api/v1/plans/{planId}/activities", () -> plan() + "/activities", STALE,
                        AccessMatrixTest::activityBody, planRecord(412)),
                write("PUT", "/api/v1/plans/{planId}/activities/{id}",
                        () -> plan() + "/activities/" + fx.activityId(), STALE,
                        () -> FullBodies.of(ActivityRequest.class, activityBody()),
                        planRecord(412)),
                write("DELETE", "/api/v1/plans/{planId}/activities/{id}",
                        () -> plan() + "/activities/" + fx.activityId(), STALE, null, planRecord(412)),

                // Catalogue: published law, open to everybody.
                get("/api/v1/catalogue/rule-sets", () -> "/api/v1/catalogue/rule-sets", everybody(200)),
                get("/api/v1/catalogue/rule-sets/current", () -> "/api/v1/catalogue/rule-sets/current",
                        everybody(200)),
                get("/api/v1/catalogue/rule-sets/{id}", () -> "/api/v1/catalogue/rule-sets/QD-148-2023",
                        everybody(200)),
                get("/api/v1/catalogue/rule-sets/{id}/product-sets",
                        () -> "/api/v1/catalogue/rule-sets/QD-148-2023/product-sets", everybody(200)),
                get("/api/v1/catalogue/rule-sets/{id}/product-sets/{code}",
                        () -> "/api/v1/catalogue/rule-sets/QD-148-2023/product-sets/FOOD_FRESH_PRODUCE",
                        everybody(200)),

                // Scoring preview: any signed-in role (nothing is stored; the engine is not open to the public).
                write("POST", "/api/v1/scoring/preview", () -> "/api/v1/scoring/preview", null,
                        AccessMatrixTest::previewBody, anyone(200)),
                write("POST", "/api/v1/scoring/preview/batch", () -> "/api/v1/scoring/preview/batch", null,
                        () -> List.of(previewBody()), anyone(200)),

                // Accounts: ADMIN only.
                get("/api/v1/accounts", () -> "/api/v1/accounts", adminOnly(200)),
                get("/api/v1/accounts/{id}", () -> "/api/v1/accounts/" + fx.accountId(), adminOnly(200)),
                write("POST", "/api/v1/accounts", () -> "/api/v1/accounts", null,
                        () -> Map.of("username", "matran.moi." + SecurityTestData.unique(), "password", PASSWORD,
                                "role", "PROVINCE", "displayName", "Cán bộ tỉnh Ma Trận",
                                "areaId", fx.province().id), adminOnly(201)),
                write("PUT", "/api/v1/accounts/{id}", () -> "/api/v1/accounts/" + fx.accountId(), STALE,
                        () -> FullBodies.of(AccountRequest.class, Map.of("username", fx.username(), "role", "COMMUNE",
                                "displayName", "Cán bộ xã", "areaId", fx.commune().id)), adminOnly(412)),

                // Sign-in and public verification.
                write("POST", "/api/v1/auth/token", () -> "/api/v1/auth/token", null,
                        () -> Map.of("username", fx.username(), "password", PASSWORD), everybody(200)),
                get("/api/v1/auth/me", () -> "/api/v1/auth/me", anyone(200)),
                get("/api/v1/public/certificates/{number}",
                        () -> "/api/v1/public/certificates/" + fx.certificate().number, everybody(200)),
                get("/api/v1/public/certificates/{number}/qr.png",
                        () -> "/api/v1/public/certificates/" + fx.certificate().number + "/qr.png", everybody(200)),
                get("/api/v1/public/certificates/{number}/qr.svg",
                        () -> "/api/v1/public/certificates/" + fx.certificate().number + "/qr.svg", everybody(200)),
                get("/api/v1/public/products", () -> "/api/v1/public/products", everybody(200)),
                // The address in the QR code (issue 11): public, like the verification API.
                get("/v/{number}", () -> "/v/" + fx.certificate().number, everybody(200)),
                get("/v", () -> "/v?q=che", everybody(200)),
                get("/v/{number}/label.png", () -> "/v/" + fx.certificate().number + "/label.png", everybody(200)),
                get("/v/{number}/label.svg", () -> "/v/" + fx.certificate().number + "/label.svg", everybody(200)),
                // Change feed (issue 16 §3): ADMIN and officers, each reading its own area's events.
                get("/api/v1/changes", () -> "/api/v1/changes", planList()),
                get("/api/v1/changes/head", () -> "/api/v1/changes/head", planList()),
                // Webhook subscriptions (issue 16 §4): ADMIN and province officials of the subscription's area.
                get("/api/v1/webhooks", () -> "/api/v1/webhooks", rule(401, 200, 200, 200, 403, 403, 403, 403, 403, 403, 403)),
                get("/api/v1/webhooks/{id}", () -> webhook(), webhookRecord(200)),
                get("/api/v1/webhooks/{id}/deliveries", () -> webhook() + "/deliveries", webhookRecord(200)),
                write("POST", "/api/v1/webhooks", () -> "/api/v1/webhooks", null, () -> webhookBody(fx.province().id),
                        rule(401, 201, 201, 400, 403, 403, 403, 403, 403, 403, 403)),
                write("PUT", "/api/v1/webhooks/{id}", () -> webhook(), STALE, () -> webhookBody(fx.province().id),
                        webhookRecord(412)),
                write("DELETE", "/api/v1/webhooks/{id}", () -> webhook(), STALE, null, webhookRecord(412)));
    }

    static Stream<Arguments> cases() {
        return endpoints().stream().flatMap(e -> Stream.of(Caller.values()).map(c -> Arguments.of(e, c)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void callerGetsTheExpectedStatus(Endpoint endpoint, Caller caller) {
        int expected = endpoint.expected().get(caller);
        Response response = endpoint.call().apply(as(caller));
        String body = response.asString();
        assertThat(response.statusCode())
                .as("%s as %s: %s", endpoint.key(), caller, body.substring(0, Math.min(body.length(), 300)))
                .isEqualTo(expected);
        if (expected == 401 || expected == 403 || expected == 404) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void everyServedOperationIsInTheMatrix() {
        Map<String, Object> paths = given().accept(ContentType.JSON).get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        Set<String> served = new TreeSet<>();
        Set<String> methods = Set.of("get", "post", "put", "delete", "patch", "head", "options");
        paths.forEach((path, item) -> ((Map<?, ?>) item).keySet().stream().map(Object::toString)
                .filter(methods::contains).forEach(m -> served.add(m.toUpperCase() + " " + path)));
        Set<String> covered = endpoints().stream().map(Endpoint::key).collect(Collectors.toCollection(TreeSet::new));
        assertThat(covered).as("operations of the matrix").isEqualTo(served);
        for (Endpoint endpoint : endpoints()) {
            assertThat(endpoint.expected().keySet()).as(endpoint.key()).containsExactlyInAnyOrder(Caller.values());
        }
    }

    // ---- expected statuses by rule ----

    /**
     * Outside the evaluation workflow: the district officer of D is an officer whose area holds the records, as the
     * province officer of P (phase 2: PROVINCE / DISTRICT / COMMUNE share the rules); sitting on a round changes
     * nothing, so COUNCIL_MEMBER answers as COUNCIL.
     */
    static Map<Caller, Integer> rule(int anonymous, int admin, int province, int provinceOther, int commune,
            int communeOther, int council, int producer, int producerOther) {
        return rule(anonymous, admin, province, provinceOther, province, commune, communeOther, council, council,
                producer, producerOther);
    }

    /** One status per caller, in the order of {@link Caller}. */
    static Map<Caller, Integer> rule(int anonymous, int admin, int province, int provinceOther, int district,
            int commune, int communeOther, int council, int councilMember, int producer, int producerOther) {
        Map<Caller, Integer> map = new EnumMap<>(Caller.class);
        int[] values = {anonymous, admin, province, provinceOther, district, commune, communeOther, council,
            councilMember, producer, producerOther};
        for (Caller caller : Caller.values()) {
            map.put(caller, values[caller.ordinal()]);
        }
        return map;
    }

    /** Open to everybody, without a token too. */
    static Map<Caller, Integer> everybody(int ok) {
        return rule(ok, ok, ok, ok, ok, ok, ok, ok, ok);
    }

    /** Any signed-in caller. */
    static Map<Caller, Integer> anyone(int ok) {
        return rule(401, ok, ok, ok, ok, ok, ok, ok, ok);
    }

    static Map<Caller, Integer> adminOnly(int ok) {
        return rule(401, ok, 403, 403, 403, 403, 403, 403, 403);
    }

    /** A producer's record (or its product): officers of its area, the producer itself; hidden from others. */
    static Map<Caller, Integer> ownOrArea(int ok) {
        return rule(401, ok, ok, 404, ok, 404, 403, ok, 404);
    }

    /** As {@link #ownOrArea}, but an officers' act: the producer itself may not. */
    static Map<Caller, Integer> areaOnly(int ok) {
        return rule(401, ok, ok, 404, ok, 404, 403, 403, 403);
    }

    /** Lists filtered to what the caller reaches (content checked in {@link CrossAreaAccessTest}). */
    static Map<Caller, Integer> listByScope() {
        return rule(401, 200, 200, 200, 200, 200, 403, 200, 200);
    }

    /** A create naming an area (and producer) outside the caller's reach is 400, as for an unknown id. */
    static Map<Caller, Integer> createInArea(int ok, boolean producerMayCreate) {
        return rule(401, ok, ok, 400, ok, 400, 403, producerMayCreate ? ok : 403, producerMayCreate ? 400 : 403);
    }

    static Map<Caller, Integer> planList() {
        return rule(401, 200, 200, 200, 200, 200, 403, 403, 403);
    }

    static Map<Caller, Integer> planRecord(int ok) {
        return rule(401, ok, ok, 404, ok, 404, 403, 403, 403);
    }

    static Map<Caller, Integer> planCreate() {
        return rule(401, 201, 201, 400, 201, 400, 403, 403, 403);
    }

    // ---- calls ----

    static Endpoint get(String key, Supplier<String> url, Map<Caller, Integer> expected) {
        return new Endpoint("GET " + key, spec -> spec.get(url.get()), expected);
    }

    static Endpoint write(String method, String key, Supplier<String> url, String ifMatch, Supplier<Object> body,
            Map<Caller, Integer> expected) {
        return new Endpoint(method + " " + key, spec -> {
            if (ifMatch != null) {
                spec.header("If-Match", ifMatch);
            }
            if (body != null) {
                spec.contentType(ContentType.JSON).body(body.get());
            }
            return spec.request(method, url.get());
        }, expected);
    }

    static RequestSpecification as(Caller caller) {
        RequestSpecification spec = given();
        switch (caller) {
            case ANONYMOUS:
                return spec;
            case ADMIN:
                return spec.auth().oauth2(TestTokens.admin());
            case PROVINCE:
                return spec.auth().oauth2(TestTokens.officer(Role.PROVINCE, fx.province().path));
            case PROVINCE_OTHER:
                return spec.auth().oauth2(TestTokens.officer(Role.PROVINCE, fx.otherProvince().path));
            case DISTRICT:
                return spec.auth().oauth2(TestTokens.officer(Role.DISTRICT, fx.district().path));
            case COMMUNE:
                return spec.auth().oauth2(TestTokens.officer(Role.COMMUNE, fx.commune().path));
            case COMMUNE_OTHER:
                return spec.auth().oauth2(TestTokens.officer(Role.COMMUNE, fx.otherCommune().path));
            case COUNCIL:
                return spec.auth().oauth2(TestTokens.council("hoidong." + SecurityTestData.unique()));
            case COUNCIL_MEMBER:
                return spec.auth().oauth2(TestTokens.council(fx.ev().chair()));
            case PRODUCER:
                return spec.auth().oauth2(TestTokens.producer(fx.producer().id));
            case PRODUCER_OTHER:
                return spec.auth().oauth2(TestTokens.producer(fx.otherProducer().id));
            default:
                throw new IllegalArgumentException(caller.name());
        }
    }

    // ---- bodies ----

    static String plan() {
        return "/api/v1/plans/" + fx.planId();
    }

    private static Long adminImport;

    /** An import made by an administrator (a dry run), created once. */
    static synchronized long adminImport() {
        if (adminImport == null) {
            adminImport = io.restassured.RestAssured.given().auth().oauth2(TestTokens.admin())
                    .multiPart("file", "quan-tri.csv", "producer_registration_code\n"
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv")
                    .queryParam("dryRun", true).post("/api/v1/imports").then().statusCode(202)
                    .extract().jsonPath().getLong("id");
        }
        return adminImport;
    }

    static String newCode() {
        return "T" + SecurityTestData.unique();
    }

    static Map<String, Object> areaBody() {
        return Map.of("code", newCode(), "name", "Tỉnh Thử Nghiệm", "level", "PROVINCE", "validFrom", "2025-07-01");
    }

    static Map<String, Object> producerBody(long areaId) {
        return Map.of("name", "Hợp tác xã Tân Tiến", "type", "COOPERATIVE",
                "registrationCode", "MT-" + SecurityTestData.unique(), "areaId", areaId);
    }

    static Map<String, Object> productBody(long producerId) {
        return Map.of("name", "Mật ong bạc hà", "producerId", producerId, "productSetCode", "FOOD_FRESH_PRODUCE");
    }

    /** A paused subscription (nothing is sent) to a port that refuses connections. */
    static Map<String, Object> webhookBody(long areaId) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("url", "http://127.0.0.1:9/ocop-events");
        body.put("eventTypes", List.of("certificate.issued"));
        body.put("areaId", areaId);
        body.put("description", "Nền tảng tích hợp dữ liệu tỉnh");
        body.put("active", false);
        return body;
    }

    private static Long webhookId;

    /** The path of a subscription of the fixture's province, made once. */
    static String webhook() {
        if (webhookId == null) {
            webhookId = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                    .body(webhookBody(fx.province().id)).post("/api/v1/webhooks").then().statusCode(201)
                    .extract().jsonPath().getLong("subscription.id");
        }
        return "/api/v1/webhooks/" + webhookId;
    }

    static Map<Caller, Integer> webhookRecord(int ok) {
        return rule(401, ok, ok, 404, 403, 403, 403, 403, 403, 403, 403);
    }

    static Map<String, Object> planBody(long areaId) {
        return Map.of("areaId", areaId, "year", 2025, "title", "Kế hoạch OCOP xã Đồng Tâm năm 2025");
    }

    static Map<String, Object> targetBody() {
        return Map.of("kind", "CUMULATIVE_AT_LEAST_STARS", "minStars", 3, "quantity", 2);
    }

    static Map<String, Object> otherTargetBody() {
        return Map.of("kind", "OTHER", "label", "Xây dựng 01 video quảng bá sản phẩm OCOP", "quantity", 1);
    }

    static Map<String, Object> actualBody() {
        return Map.of("amount", 1, "achievedOn", "2025-05-12", "note", "Video phát trên Đài truyền thanh xã");
    }

    static Map<String, Object> milestoneBody() {
        return Map.of("title", "Đăng ký ý tưởng sản phẩm", "dueOn", "2025-05-31");
    }

    static Map<String, Object> activityBody() {
        return Map.of("kind", "FAIR", "title", "Hội chợ OCOP xã Đồng Tâm", "heldOn", "2025-09-02");
    }

    static Map<String, Object> previewBody() {
        return Map.of("ruleSetId", "QD-148-2023", "productSetCode", "FOOD_FRESH_PRODUCE", "level", "DISTRICT",
                "sheets", List.of(Map.of("memberId", "tv-01", "role", "CHAIR", "answers", fx.answers())));
    }
}
