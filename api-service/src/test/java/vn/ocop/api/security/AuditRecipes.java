package vn.ocop.api.security;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.ocop.api.area.Area;
import vn.ocop.api.certificate.Certificate;
import vn.ocop.api.common.FullBodies;
import vn.ocop.api.producer.Producer;
import vn.ocop.api.account.AccountRequest;

/**
 * How to perform every write operation of the API successfully, as ADMIN, on records made for it; used by
 * {@link AuditTrailTest}, which fails for a served write operation with no recipe here and no exemption.
 *
 * <p>Request bodies are those of {@link AccessMatrixTest} and {@link EvaluationMatrixData} wherever they exist, so a
 * change of a request's shape is made there once; the bodies written here are the PUTs that must succeed (a full
 * replacement) and the few writes the matrix calls with a stale ETag only.
 *
 * <p>Each recipe prepares what it needs with the {@link #SETUP} token, then calls the operation exactly once
 * through {@link AuditTrailTest.Act#call}, with the caller the test counts entries of, and returns which record's
 * log must show the write ({@link Written}).
 */
final class AuditRecipes {

    /** The administrator that prepares records; never the caller whose entries are counted. */
    static final String SETUP = TestTokens.admin();

    static final String PASSWORD = "KiemToan#2025-ok";

    /** Records the recipes work on, made once per run (see {@link AuditTrailTest#fixture}). */
    record Fixture(Area province, Area commune, Producer producer, Certificate certificate, long codeProducerId,
            EvaluationMatrixData.Evaluation ev1, EvaluationMatrixData.Evaluation ev2,
            EvaluationMatrixData.Evaluation ev3) {
    }

    /** What the audit log must show after a write. */
    enum Change {
        /** No snapshot before, one after. */
        CREATE,
        /** Both snapshots. */
        UPDATE,
        /** A snapshot before, none after. */
        DELETE
    }

    /** The log to read (one record's, or one product's) and the entry expected in it. */
    record Written(String log, String action, Change change) {

        static Written record(String entityType, long entityId, String action, Change change) {
            return new Written("/api/v1/audit-log?entityType=" + entityType + "&entityId=" + entityId, action,
                    change);
        }

        /** For records the API does not give the id of (round entries): the product's own log. */
        static Written ofProduct(long productId, String action, Change change) {
            return new Written("/api/v1/products/" + productId + "/audit-log", action, change);
        }
    }

    @FunctionalInterface
    interface Recipe {
        Written run(Fixture fx, AuditTrailTest.Act act);
    }

    /**
     * Operations that write no data, with the reason. Anything else the document serves as POST, PUT, PATCH or
     * DELETE needs a recipe.
     */
    static final Map<String, String> EXEMPT = Map.of(
            "POST /api/v1/auth/token", "signs in: checks a password and issues a token; no record is written "
                    + "(failed attempts are counted in memory by the rate limiter)",
            "POST /api/v1/scoring/preview", "runs the scoring engine on the request body and stores nothing",
            "POST /api/v1/scoring/preview/batch",
            "runs the scoring engine on each request of the body, stores nothing");

    static final Map<String, Recipe> RECIPES = recipes();

    private AuditRecipes() {
    }

    private static Map<String, Recipe> recipes() {
        Map<String, Recipe> r = new TreeMap<>();

        // ---- accounts: creating an ADMIN, changing a role and disabling (issue 9) ----
        r.put("POST /api/v1/accounts", (fx, act) -> created("account", "account.create", act.call(s -> json(s,
                Map.of("username", "kiemtoan.qtv." + SecurityTestData.unique(), "password", PASSWORD,
                        "role", "ADMIN", "displayName", "Quản trị viên kiểm toán"))
                .post("/api/v1/accounts"))));
        r.put("PUT /api/v1/accounts/{id}", (fx, act) -> {
            String username = "kiemtoan.xa." + SecurityTestData.unique();
            Response made = json(setup(), Map.of("username", username, "password", PASSWORD, "role", "COMMUNE",
                    "displayName", "Cán bộ xã", "areaId", fx.commune().id)).post("/api/v1/accounts");
            long id = made.then().statusCode(201).extract().jsonPath().getLong("id");
            act.call(s -> json(s.header("If-Match", made.header("ETag")), FullBodies.of(AccountRequest.class,
                    Map.of("username", username, "role", "PROVINCE", "displayName", "Cán bộ tỉnh",
                            "areaId", fx.province().id, "enabled", false)))
                    .put("/api/v1/accounts/" + id));
            return Written.record("account", id, "account.update", Change.UPDATE);
        });

        // ---- areas, including the import of an official list ----
        r.put("POST /api/v1/areas", (fx, act) -> created("area", "area.create",
                act.call(s -> json(s, AccessMatrixTest.areaBody()).post("/api/v1/areas"))));
        r.put("PUT /api/v1/areas/{id}", (fx, act) -> {
            Map<String, Object> body = new LinkedHashMap<>(AccessMatrixTest.areaBody());
            Response made = json(setup(), body).post("/api/v1/areas");
            long id = made.then().statusCode(201).extract().jsonPath().getLong("id");
            body.put("name", "Tỉnh Đổi Tên");
            act.call(s -> json(s.header("If-Match", made.header("ETag")),
                    FullBodies.of(vn.ocop.api.area.AreaRequest.class, body)).put("/api/v1/areas/" + id));
            return Written.record("area", id, "area.update", Change.UPDATE);
        });
        r.put("POST /api/v1/areas/import", (fx, act) -> {
            String code = AccessMatrixTest.newCode();
            act.call(s -> s.contentType("text/csv").body("code,name,full_name,name_en,level,parent_code\n" + code
                    + ",Tỉnh Nhập Khẩu,Tỉnh Nhập Khẩu,Nhap Khau,PROVINCE,\n").post("/api/v1/areas/import"));
            long id = setup().get("/api/v1/areas/by-code/" + code).then().statusCode(200)
                    .extract().jsonPath().getLong("id");
            return Written.record("area", id, "area.import", Change.CREATE);
        });

        r.put("POST /api/v1/areas/import/legacy", (fx, act) -> {
            String code = AccessMatrixTest.newCode();
            act.call(s -> s.contentType("text/csv; charset=UTF-8").body("code,name,full_name,level,parent_code,valid_to\n"
                    + code + ",Tỉnh Cũ Kiểm Toán,Tỉnh Cũ Kiểm Toán,PROVINCE,,2025-06-30\n")
                    .post("/api/v1/areas/import/legacy"));
            long id = setup().queryParam("validOn", "2025-06-30").get("/api/v1/areas/by-code/" + code).then()
                    .statusCode(200).extract().jsonPath().getLong("id");
            return Written.record("area", id, "area.import", Change.CREATE);
        });
        r.put("POST /api/v1/areas/successions/import", (fx, act) -> {
            String oldProvince = AccessMatrixTest.newCode();
            String oldDistrict = AccessMatrixTest.newCode();
            String oldCommune = AccessMatrixTest.newCode();
            String newProvince = AccessMatrixTest.newCode();
            String newCommune = AccessMatrixTest.newCode();
            setup().contentType("text/csv; charset=UTF-8").body("code,name,level,parent_code,valid_to\n"
                    + oldProvince + ",Tỉnh Cũ,PROVINCE,,2025-06-30\n" + oldDistrict + ",Huyện Cũ,DISTRICT,"
                    + oldProvince + ",2025-06-30\n" + oldCommune + ",Xã Cũ,COMMUNE," + oldDistrict + ",2025-06-30\n")
                    .post("/api/v1/areas/import/legacy").then().statusCode(200);
            setup().contentType("text/csv; charset=UTF-8").body("code,name,level,parent_code\n" + newProvince
                    + ",Tỉnh Mới,PROVINCE,\n" + newCommune + ",Xã Mới,COMMUNE," + newProvince + "\n")
                    .post("/api/v1/areas/import").then().statusCode(200);
            act.call(s -> s.contentType("text/csv").body("old_commune_code,old_district_code,old_province_code,"
                    + "new_commune_code,new_province_code,divided\n" + oldCommune + "," + oldDistrict + ","
                    + oldProvince + "," + newCommune + "," + newProvince + ",false\n")
                    .post("/api/v1/areas/successions/import"));
            long id = setup().queryParam("validOn", "2025-06-30").get("/api/v1/areas/by-code/" + oldCommune).then()
                    .statusCode(200).extract().jsonPath().getLong("id");
            return Written.record("area", id, "area.succession", Change.CREATE);
        });

        // ---- register import: the import record is written (and audited) when the file is taken ----
        r.put("POST /api/v1/imports", (fx, act) -> {
            Response taken = act.call(s -> s.multiPart("file", "kiem-toan.csv", ("producer_registration_code,"
                    + "producer_name,producer_type,product_name,product_set_code\n").getBytes(
                            java.nio.charset.StandardCharsets.UTF_8), "text/csv")
                    .queryParam("dryRun", true).post("/api/v1/imports"));
            return Written.record("register-import", id(taken), "import.submit", Change.CREATE);
        });

        // ---- producers ----
        r.put("POST /api/v1/producers", (fx, act) -> created("producer", "producer.create", act.call(
                s -> json(s, AccessMatrixTest.producerBody(fx.commune().id)).post("/api/v1/producers"))));
        r.put("PUT /api/v1/producers/{id}", (fx, act) -> {
            Response made = setupCreate("/api/v1/producers", AccessMatrixTest.producerBody(fx.commune().id));
            long id = id(made);
            act.call(s -> json(s.header("If-Match", made.header("ETag")), FullBodies.of(
                    vn.ocop.api.producer.ProducerRequest.class, producerReplacement(fx.commune().id)))
                    .put("/api/v1/producers/" + id));
            return Written.record("producer", id, "producer.update", Change.UPDATE);
        });
        r.put("DELETE /api/v1/producers/{id}", (fx, act) -> {
            Response made = setupCreate("/api/v1/producers", AccessMatrixTest.producerBody(fx.commune().id));
            act.call(s -> s.header("If-Match", made.header("ETag")).delete("/api/v1/producers/" + id(made)));
            return Written.record("producer", id(made), "producer.delete", Change.DELETE);
        });

        // ---- webhook subscriptions (issue 16 §4) ----
        r.put("POST /api/v1/webhooks", (fx, act) -> {
            Response made = act.call(s -> json(s, AccessMatrixTest.webhookBody(fx.province().id)).post("/api/v1/webhooks"));
            return Written.record("webhook", made.jsonPath().getLong("subscription.id"), "webhook.create", Change.CREATE);
        });
        r.put("PUT /api/v1/webhooks/{id}", (fx, act) -> {
            Response made = setupCreate("/api/v1/webhooks", AccessMatrixTest.webhookBody(fx.province().id));
            long id = made.jsonPath().getLong("subscription.id");
            act.call(s -> json(s.header("If-Match", made.header("ETag")), AccessMatrixTest.webhookBody(fx.commune().id))
                    .put("/api/v1/webhooks/" + id));
            return Written.record("webhook", id, "webhook.update", Change.UPDATE);
        });
        r.put("DELETE /api/v1/webhooks/{id}", (fx, act) -> {
            Response made = setupCreate("/api/v1/webhooks", AccessMatrixTest.webhookBody(fx.province().id));
            long id = made.jsonPath().getLong("subscription.id");
            act.call(s -> s.header("If-Match", made.header("ETag")).delete("/api/v1/webhooks/" + id));
            return Written.record("webhook", id, "webhook.delete", Change.DELETE);
        });

        // ---- products and their official code ----
        r.put("POST /api/v1/products", (fx, act) -> created("product", "product.create", act.call(
                s -> json(s, AccessMatrixTest.productBody(fx.producer().id)).post("/api/v1/products"))));
        r.put("PUT /api/v1/products/{id}", (fx, act) -> {
            Response made = setupCreate("/api/v1/products", AccessMatrixTest.productBody(fx.producer().id));
            long id = id(made);
            act.call(s -> json(s.header("If-Match", made.header("ETag")), productReplacement(fx.producer().id,
                    fx.commune().id))
                    .put("/api/v1/products/" + id));
            return Written.record("product", id, "product.update", Change.UPDATE);
        });
        r.put("DELETE /api/v1/products/{id}", (fx, act) -> {
            Response made = setupCreate("/api/v1/products", AccessMatrixTest.productBody(fx.producer().id));
            act.call(s -> s.header("If-Match", made.header("ETag")).delete("/api/v1/products/" + id(made)));
            return Written.record("product", id(made), "product.delete", Change.DELETE);
        });
        r.put("POST /api/v1/products/{id}/product-code", (fx, act) -> {
            // A commune of the 2025 map, which codes need.
            Response made = setupCreate("/api/v1/products", AccessMatrixTest.productBody(fx.codeProducerId()));
            long id = id(made);
            act.call(s -> s.header("If-Match", made.header("ETag")).queryParam("year", 2025)
                    .post("/api/v1/products/" + id + "/product-code"));
            return Written.record("product", id, "product.assign-code", Change.UPDATE);
        });
        r.put("PUT /api/v1/products/{id}/product-code", (fx, act) -> {
            // An earlier code of the same commune and year, far above what was issued: learnt from an assignment.
            Response first = setupCreate("/api/v1/products", AccessMatrixTest.productBody(fx.codeProducerId()));
            String issued = given().header(TestTokens.as(TestTokens.admin())).header("If-Match", first.header("ETag"))
                    .queryParam("year", 2025).post("/api/v1/products/" + id(first) + "/product-code")
                    .then().statusCode(200).extract().path("productCode");
            String[] parts = issued.split("-");
            String earlier = parts[0] + "-" + parts[1] + "-" + (Integer.parseInt(parts[2]) + 500) + "-" + parts[3];
            Response made = setupCreate("/api/v1/products", AccessMatrixTest.productBody(fx.codeProducerId()));
            long id = id(made);
            act.call(s -> json(s.header("If-Match", made.header("ETag")), Map.of("productCode", earlier))
                    .put("/api/v1/products/" + id + "/product-code"));
            return Written.record("product", id, "product.record-code", Change.UPDATE);
        });
        r.put("DELETE /api/v1/products/{id}/product-code", (fx, act) -> {
            Response made = setupCreate("/api/v1/products", AccessMatrixTest.productBody(fx.codeProducerId()));
            long id = id(made);
            String etag = given().header(TestTokens.as(TestTokens.admin())).header("If-Match", made.header("ETag"))
                    .queryParam("year", 2025).post("/api/v1/products/" + id + "/product-code")
                    .then().statusCode(200).extract().header("ETag");
            act.call(s -> s.header("If-Match", etag).delete("/api/v1/products/" + id + "/product-code"));
            return Written.record("product", id, "product.withdraw-code", Change.UPDATE);
        });

        // ---- plans and their parts ----
        r.put("POST /api/v1/plans", (fx, act) -> created("plan", "plan.create",
                act.call(s -> json(s, AccessMatrixTest.planBody(fx.commune().id)).post("/api/v1/plans"))));
        r.put("PUT /api/v1/plans/{id}", (fx, act) -> {
            long plan = newPlan(fx);
            act.call(s -> json(s.header("If-Match", etag(plan(plan))), FullBodies.of(
                    vn.ocop.api.plan.PlanRequest.class, AccessMatrixTest.planBody(fx.commune().id))).put(plan(plan)));
            return Written.record("plan", plan, "plan.update", Change.UPDATE);
        });
        r.put("DELETE /api/v1/plans/{id}", (fx, act) -> {
            long plan = newPlan(fx);
            // With its parts: the snapshot before holds them, and they go with the plan.
            setupCreate(plan(plan) + "/targets", AccessMatrixTest.targetBody());
            setupCreate(plan(plan) + "/milestones", AccessMatrixTest.milestoneBody());
            setupCreate(plan(plan) + "/activities", AccessMatrixTest.activityBody());
            act.call(s -> s.header("If-Match", etag(plan(plan))).delete(plan(plan)));
            return Written.record("plan", plan, "plan.delete", Change.DELETE);
        });
        part(r, "targets", "plan-target", AccessMatrixTest::targetBody, vn.ocop.api.plan.TargetRequest.class);
        part(r, "milestones", "plan-milestone", AccessMatrixTest::milestoneBody, vn.ocop.api.plan.MilestoneRequest.class);
        part(r, "activities", "plan-activity", AccessMatrixTest::activityBody, vn.ocop.api.plan.ActivityRequest.class);
        r.put("POST /api/v1/plans/{planId}/targets/{targetId}/actuals", (fx, act) -> {
            long plan = newPlan(fx);
            long target = id(setupCreate(plan(plan) + "/targets", AccessMatrixTest.otherTargetBody()));
            return created("plan-target-actual", "plan-target-actual.create", act.call(s -> json(s,
                    AccessMatrixTest.actualBody()).post(plan(plan) + "/targets/" + target + "/actuals")));
        });
        r.put("DELETE /api/v1/plans/{planId}/targets/{targetId}/actuals/{id}", (fx, act) -> {
            long plan = newPlan(fx);
            String actuals = plan(plan) + "/targets/" + id(setupCreate(plan(plan) + "/targets",
                    AccessMatrixTest.otherTargetBody())) + "/actuals";
            long id = id(setupCreate(actuals, AccessMatrixTest.actualBody()));
            act.call(s -> s.header("If-Match", etag(plan(plan))).delete(actuals + "/" + id));
            return Written.record("plan-target-actual", id, "plan-target-actual.delete", Change.DELETE);
        });

        // ---- dossiers (records of EvaluationMatrixData: each state used by one recipe) ----
        r.put("POST /api/v1/dossiers", (fx, act) -> created("dossier", "dossier.create", act.call(s -> json(s,
                EvaluationMatrixData.dossierBody(EvaluationMatrixData.product(SETUP, fx.producer().id)))
                .post("/api/v1/dossiers"))));
        r.put("PUT /api/v1/dossiers/{id}", (fx, act) -> dossierAct(act, fx.ev1().draft(), "", "dossier.update",
                EvaluationMatrixRows.noteBody()));
        r.put("POST /api/v1/dossiers/{id}/submission", (fx, act) -> dossierAct(act, fx.ev2().draft(),
                "/submission", "dossier.submit", null));
        r.put("POST /api/v1/dossiers/{id}/withdrawal", (fx, act) -> dossierAct(act, fx.ev3().draft(),
                "/withdrawal", "dossier.withdraw", null));
        r.put("POST /api/v1/dossiers/{id}/commune-assessment", (fx, act) -> dossierAct(act, fx.ev1().submitted(),
                "/commune-assessment", "dossier.commune-assessment", EvaluationMatrixData.communeAssessmentBody()));
        r.put("POST /api/v1/dossiers/{id}/return", (fx, act) -> dossierAct(act, fx.ev2().submitted(), "/return",
                "dossier.return", EvaluationMatrixRows.returnBody()));

        // ---- evaluation rounds, sheets, results, decisions ----
        r.put("POST /api/v1/evaluation-rounds", (fx, act) -> created("evaluation-round", "round.create",
                act.call(s -> json(s, newRoundBody(fx)).post("/api/v1/evaluation-rounds"))));
        r.put("POST /api/v1/evaluation-rounds/{roundId}/closure", (fx, act) -> {
            Response made = setupCreate("/api/v1/evaluation-rounds", newRoundBody(fx));
            act.call(s -> s.header("If-Match", made.header("ETag"))
                    .post("/api/v1/evaluation-rounds/" + id(made) + "/closure"));
            return Written.record("evaluation-round", id(made), "round.close", Change.UPDATE);
        });
        r.put("POST /api/v1/evaluation-rounds/{roundId}/dossiers", (fx, act) -> {
            long dossier = fx.ev3().submitted();
            json(setup().header("If-Match", etag(dossier(dossier))), EvaluationMatrixData.communeAssessmentBody())
                    .post(dossier(dossier) + "/commune-assessment").then().statusCode(200);
            act.call(s -> json(s, Map.of("dossierId", dossier))
                    .post("/api/v1/evaluation-rounds/" + fx.ev3().roundId() + "/dossiers"));
            return Written.ofProduct(productOf(dossier), "round.add-dossier", Change.CREATE);
        });
        r.put("POST /api/v1/evaluation-rounds/{roundId}/dossiers/{dossierId}/score-sheets", (fx, act) -> {
            EvaluationMatrixData.Evaluation ev = fx.ev1();
            // ADMIN records a member's paper sheet.
            return created("score-sheet", "sheet.submit", act.call(s -> json(s, Map.of("memberId", member(ev),
                    "answers", EvaluationMatrixData.answers(new BigDecimal("63"))))
                    .post(entry(ev, ev.scoring()) + "/score-sheets")));
        });
        r.put("PUT /api/v1/evaluation-rounds/{roundId}/dossiers/{dossierId}/score-sheets/{memberId}", (fx, act) -> {
            EvaluationMatrixData.Evaluation ev = fx.ev1();
            Map<String, Object> sheet = setup().get(entry(ev, ev.scoring()) + "/score-sheets").then().statusCode(200)
                    .extract().jsonPath().getMap("find { it.memberId == '" + ev.chair() + "' }");
            act.call(s -> json(s.header("If-Match", "\"" + sheet.get("version") + "\""),
                    EvaluationMatrixData.answers(new BigDecimal("68")))
                    .put(entry(ev, ev.scoring()) + "/score-sheets/" + ev.chair()));
            return Written.record("score-sheet", ((Number) sheet.get("id")).longValue(), "sheet.update",
                    Change.UPDATE);
        });
        r.put("POST /api/v1/evaluation-rounds/{roundId}/dossiers/{dossierId}/result/closure", (fx, act) -> {
            EvaluationMatrixData.Evaluation ev = fx.ev2();
            memberSheet(ev);
            // Only the chair closes a result: the chair's own account is the caller.
            act.as(ev.chair(), TestTokens.council(ev.chair()))
                    .call(s -> s.post(entry(ev, ev.scoring()) + "/result/closure"));
            return Written.ofProduct(productOf(ev.scoring()), "result.close", Change.UPDATE);
        });
        r.put("POST /api/v1/evaluation-rounds/{roundId}/dossiers/{dossierId}/decision", (fx, act) -> {
            EvaluationMatrixData.Evaluation ev = fx.ev3();
            memberSheet(ev);
            given().auth().oauth2(TestTokens.council(ev.chair())).post(entry(ev, ev.scoring()) + "/result/closure")
                    .then().statusCode(200);
            return created("decision", "decision.recognise", act.call(s -> json(s,
                    EvaluationMatrixData.decisionBody()).post(entry(ev, ev.scoring()) + "/decision")));
        });

        // ---- certificates ----
        r.put("POST /api/v1/certificates/{id}/revocation", (fx, act) -> {
            String path = "/api/v1/certificates/" + fx.certificate().id;
            act.call(s -> json(s.header("If-Match", etag(path)), EvaluationMatrixRows.revocationBody("PROVINCE"))
                    .post(path + "/revocation"));
            return Written.record("certificate", fx.certificate().id, "certificate.revoke", Change.UPDATE);
        });
        return r;
    }

    /** POST, PUT and DELETE of one kind of plan part. */
    private static void part(Map<String, Recipe> r, String collection, String type,
            java.util.function.Supplier<Map<String, Object>> body, Class<? extends Record> request) {
        String key = "/api/v1/plans/{planId}/" + collection;
        r.put("POST " + key, (fx, act) -> {
            long plan = newPlan(fx);
            return created(type, type + ".create",
                    act.call(s -> json(s, body.get()).post(plan(plan) + "/" + collection)));
        });
        r.put("PUT " + key + "/{id}", (fx, act) -> {
            long plan = newPlan(fx);
            long id = id(setupCreate(plan(plan) + "/" + collection, body.get()));
            act.call(s -> json(s.header("If-Match", etag(plan(plan))), FullBodies.of(request, body.get()))
                    .put(plan(plan) + "/" + collection + "/" + id));
            return Written.record(type, id, type + ".update", Change.UPDATE);
        });
        r.put("DELETE " + key + "/{id}", (fx, act) -> {
            long plan = newPlan(fx);
            long id = id(setupCreate(plan(plan) + "/" + collection, body.get()));
            act.call(s -> s.header("If-Match", etag(plan(plan))).delete(plan(plan) + "/" + collection + "/" + id));
            return Written.record(type, id, type + ".delete", Change.DELETE);
        });
    }

    // ---- bodies of full replacements (PUT sends every editable field) ----

    static Map<String, Object> producerReplacement(long areaId) {
        Map<String, Object> body = new LinkedHashMap<>(AccessMatrixTest.producerBody(areaId));
        body.put("name", "Hợp tác xã Tân Tiến Mới");
        body.put("representativeName", "Trần Văn Bình");
        body.put("representativeWoman", false);
        body.put("representativeEthnicMinority", true);
        body.put("addressLine", "Thôn Tân Tiến");
        body.put("phone", "0912345678");
        body.put("email", "htx.tantien@example.vn");
        body.put("website", "https://tantien.example.vn");
        return body;
    }

    static Map<String, Object> productReplacement(long producerId, long areaId) {
        Map<String, Object> body = new LinkedHashMap<>(AccessMatrixTest.productBody(producerId));
        body.put("areaId", areaId);
        body.put("name", "Mật ong bạc hà Đồng Văn");
        body.put("description", "Mật ong hoa bạc hà của cao nguyên đá");
        body.putIfAbsent("stage", "IDEA_REGISTERED");
        return FullBodies.of(vn.ocop.api.product.ProductRequest.class, body);
    }

    // ---- steps ----

    static RequestSpecification setup() {
        return given().auth().oauth2(SETUP);
    }

    static RequestSpecification json(RequestSpecification spec, Object body) {
        return spec.contentType(ContentType.JSON).body(body);
    }

    static Response setupCreate(String path, Object body) {
        Response made = json(setup(), body).post(path);
        made.then().statusCode(201);
        return made;
    }

    static long id(Response response) {
        return response.jsonPath().getLong("id");
    }

    static String etag(String path) {
        return setup().get(path).then().statusCode(200).extract().header("ETag");
    }

    private static Written created(String type, String action, Response response) {
        return Written.record(type, id(response), action, Change.CREATE);
    }

    private static long newPlan(Fixture fx) {
        return id(setupCreate("/api/v1/plans", AccessMatrixTest.planBody(fx.commune().id)));
    }

    private static String plan(long id) {
        return "/api/v1/plans/" + id;
    }

    private static String dossier(long id) {
        return "/api/v1/dossiers/" + id;
    }

    private static Written dossierAct(AuditTrailTest.Act act, long dossier, String suffix, String action,
            Object body) {
        act.call(s -> {
            s.header("If-Match", etag(dossier(dossier)));
            return (body == null ? s : json(s, body)).request(suffix.isEmpty() ? "PUT" : "POST",
                    dossier(dossier) + suffix);
        });
        return Written.record("dossier", dossier, action, Change.UPDATE);
    }

    private static long productOf(long dossier) {
        return setup().get(dossier(dossier)).then().statusCode(200).extract().jsonPath().getLong("productId");
    }

    private static String entry(EvaluationMatrixData.Evaluation ev, long dossier) {
        return EvaluationMatrixData.entry(ev.roundId(), dossier);
    }

    /** The council's scoring member (the chair's sheet is in; the member's is not, see EvaluationMatrixData). */
    private static String member(EvaluationMatrixData.Evaluation ev) {
        List<Map<String, Object>> council = setup().get("/api/v1/evaluation-rounds/" + ev.roundId()).then()
                .statusCode(200).extract().jsonPath().getList("council");
        return council.stream().filter(m -> "MEMBER".equals(m.get("role"))).map(m -> (String) m.get("userId"))
                .findFirst().orElseThrow();
    }

    private static void memberSheet(EvaluationMatrixData.Evaluation ev) {
        String member = member(ev);
        json(given().auth().oauth2(TestTokens.council(member)), Map.of("memberId", member,
                "answers", EvaluationMatrixData.answers(new BigDecimal("63"))))
                .post(entry(ev, ev.scoring()) + "/score-sheets").then().statusCode(201);
    }

    private static Map<String, Object> newRoundBody(Fixture fx) {
        String u = SecurityTestData.unique();
        return EvaluationMatrixData.roundBody("PROVINCE", fx.province().id, "chutich.kt." + u, "thanhvien.kt." + u,
                "thuky.kt." + u);
    }
}
