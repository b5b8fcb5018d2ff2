package vn.ocop.api.product;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.security.TestTokens;

@QuarkusTest
class ProductResourceTest {

    /** Every request of this class is sent as a national administrator (see docs/security.md). */
    @BeforeEach
    void signIn() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
    }

    private static final String PRODUCTS = "/api/v1/products";
    private static final String PRODUCT_NAME = "Ô mai mơ gừng mặn ngọt";
    private static final String PRODUCER_NAME = "Hợp tác xã Đoàn Kết";
    private static final String FOOD_SET = "FOOD_PROC_PRODUCE";

    @Inject
    ProductTestData data;

    private ProductTestData.Place place;
    private long producerId;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void createPlaceAndProducer() {
        place = data.place();
        producerId = data.producer(PRODUCER_NAME, place.communeId());
    }

    // --- create / get -------------------------------------------------------------------------------------

    @Test
    void createsAProductInTheProducersAreaWithTheGroupOfItsSet() {
        ValidatableResponse created = post(request(PRODUCT_NAME, FOOD_SET))
                .statusCode(201)
                .header("Location", containsString(PRODUCTS + "/"))
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo(PRODUCT_NAME))
                .body("producerId", equalTo((int) producerId))
                .body("producerName", equalTo(PRODUCER_NAME))
                .body("productSetCode", equalTo(FOOD_SET))
                .body("productGroup", equalTo("FOOD"))
                .body("stage", equalTo("IDEA_REGISTERED"))
                .body("areaId", equalTo((int) place.communeId()))
                .body("areaName", equalTo("Xã Sơn Hà"))
                .body("currentStars", nullValue())
                .body("productCode", nullValue());
        long id = created.extract().jsonPath().getLong("id");

        given().get(PRODUCTS + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo(PRODUCT_NAME))
                .body("areaPath", endsWith("/" + place.communeId() + "/"));
    }

    @Test
    void groupFollowsTheProductSet() {
        post(request("Rượu ngô men lá Bắc Hà", "DRINK_ALC_WHITE_SPIRIT")).statusCode(201)
                .body("productGroup", equalTo("DRINK"));
        post(request("Homestay bản Lác", "TOURISM_COMMUNITY_ECO_SITE")).statusCode(201)
                .body("productGroup", equalTo("TOURISM"));
    }

    @Test
    void unknownProductIs404Problem() {
        given().get(PRODUCTS + "/987654321").then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("987654321"));
    }

    @Test
    void unknownProductSetIsRefusedNamingTheField() {
        problem(post(request(PRODUCT_NAME, "FOOD_MOON_CAKE")), 400, "productSetCode")
                .body("errors[0].reason", containsString("FOOD_MOON_CAKE"));
    }

    @Test
    void unknownProducerIsRefusedNamingTheField() {
        Map<String, Object> body = request(PRODUCT_NAME, FOOD_SET);
        body.put("producerId", 987654321);
        problem(post(body), 400, "producerId").body("errors[0].reason", containsString("987654321"));
    }

    @Test
    void unknownAreaIsRefusedNamingTheField() {
        Map<String, Object> body = request(PRODUCT_NAME, FOOD_SET);
        body.put("areaId", 987654321);
        problem(post(body), 400, "areaId");
    }

    @Test
    void missingNameAndProducerAreRefused() {
        Map<String, Object> body = request(" ", FOOD_SET);
        body.remove("producerId");
        post(body).statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", containsInAnyOrder("name", "producerId"));
    }

    @Test
    void certifiedStageCannotBeSetByHand() {
        Map<String, Object> body = request(PRODUCT_NAME, FOOD_SET);
        body.put("stage", "CERTIFIED");
        problem(post(body), 400, "stage").body("errors[0].reason", containsString("CERTIFIED"));
        body.put("stage", "REVOKED");
        problem(post(body), 400, "stage");
    }

    @Test
    void unknownStageNameIsAProblemNamingTheField() {
        Map<String, Object> body = request(PRODUCT_NAME, FOOD_SET);
        body.put("stage", "SOLD_OUT");
        problem(post(body), 400, "stage");
    }

    @Test
    void englishReasonsWhenAsked() {
        given().header("Accept-Language", "en").contentType(ContentType.JSON).body(request(PRODUCT_NAME, "NOPE"))
                .post(PRODUCTS).then().statusCode(400)
                .body("title", equalTo("Invalid data"))
                .body("errors[0].reason", equalTo("product set NOPE is not in any rule set with scoring sheets"));
    }

    // --- product code -------------------------------------------------------------------------------------

    @Test
    void recordsAProductCodeOfTheProductsCommune() {
        String code = place.provinceCode() + "-" + place.communeCode() + "-003-2025";
        withCode(code).statusCode(200).header("ETag", equalTo("\"1\"")).body("productCode", equalTo(code));
    }

    @Test
    void badProductCodeFormatsAreRefused() {
        for (String bad : List.of("25-7570-003-2025", "25-07570-003-25", "25-07570-0-2025", "2507570003 2025",
                "25-07570-003-2025-x", "AB-07570-003-2025")) {
            problem(withCode(bad), 400, "productCode").body("errors[0].reason", containsString(bad));
        }
    }

    @Test
    void productCodeMustNameTheProductsProvinceAndCommune() {
        String otherProvince = (place.provinceCode().equals("99") ? "98" : "99");
        problem(withCode(otherProvince + "-" + place.communeCode() + "-001-2025"), 400, "productCode")
                .body("errors[0].reason", containsString(otherProvince));
        String otherCommune = place.communeCode().equals("99999") ? "99998" : "99999";
        problem(withCode(place.provinceCode() + "-" + otherCommune + "-001-2025"), 400, "productCode")
                .body("errors[0].reason", containsString("Xã Sơn Hà"));
    }

    @Test
    void olderCodeWithDistrictIsCheckedAgainstTheHistoricalUnits() {
        Map<String, Object> body = request(PRODUCT_NAME, FOOD_SET);
        body.put("areaId", place.oldCommuneId());
        record(createdId(body), "\"0\"", place.provinceCode() + "-" + place.districtCode() + "-"
                + place.oldCommuneCode() + "-3-2022").statusCode(200)
                .body("areaId", equalTo((int) place.oldCommuneId()));

        String wrongDistrict = place.districtCode().equals("999") ? "998" : "999";
        problem(record(createdId(body), "\"0\"", place.provinceCode() + "-" + wrongDistrict + "-"
                + place.oldCommuneCode() + "-4-2022"), 400, "productCode")
                .body("errors[0].reason", containsString("Huyện Hương Sơn"));
    }

    @Test
    void olderCodeOfAMergedCommuneIsAcceptedForAProductOnThe2025Map() {
        // The commune of 2022 no longer exists: its segment cannot be compared with today's commune.
        String code = place.provinceCode() + "-" + place.districtCode() + "-" + place.oldCommuneCode() + "-5-2022";
        withCode(code).statusCode(200).body("productCode", equalTo(code));
    }

    @Test
    void duplicateProductCodeIsAConflict() {
        String code = place.provinceCode() + "-" + place.communeCode() + "-011-2025";
        withCode(code).statusCode(200);
        problem(withCode(code), 409, "productCode").body("errors[0].reason", containsString(code));
        // The same sequence written differently is the same code.
        problem(withCode(place.provinceCode() + "-" + place.communeCode() + "-11-2025"), 409, "productCode");
    }

    @Test
    void assignsTheNextSequenceOfTheCommuneForTheYear() {
        String prefix = place.provinceCode() + "-" + place.communeCode() + "-";
        withCode(prefix + "007-2025").statusCode(200);
        withCode(prefix + "012-2024").statusCode(200);
        long first = createdId(request(PRODUCT_NAME, FOOD_SET));
        long second = createdId(request("Mật ong rừng U Minh", "FOOD_RAW_HONEY_OTHER"));

        assign(first, "\"0\"", 2025).statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("productCode", equalTo(prefix + "008-2025"));
        assign(second, "\"0\"", 2025).statusCode(200).body("productCode", equalTo(prefix + "009-2025"));
        long third = createdId(request("Trà xanh Tân Cương", "FOOD_TEA"));
        assign(third, "\"0\"", 2026).statusCode(200).body("productCode", equalTo(prefix + "001-2026"));
    }

    @Test
    void assignmentRefusesAProductThatHasACodeOrIsNotInA2025Commune() {
        long coded = withCode(place.provinceCode() + "-" + place.communeCode() + "-001-2025").statusCode(200)
                .extract().jsonPath().getLong("id");
        problem(assign(coded, "\"1\"", 2025), 409, "productCode");

        Map<String, Object> inProvince = request(PRODUCT_NAME, FOOD_SET);
        inProvince.put("areaId", place.provinceId());
        long provincial = createdId(inProvince);
        assign(provincial, "\"0\"", 2025).statusCode(409).contentType(startsWith("application/problem+json"));

        Map<String, Object> inOldCommune = request(PRODUCT_NAME, FOOD_SET);
        inOldCommune.put("areaId", place.oldCommuneId());
        assign(createdId(inOldCommune), "\"0\"", 2025).statusCode(409)
                .body("detail", containsString("Xã Sơn Kim"));
    }

    @Test
    void assignmentNeedsIfMatchAndAValidYear() {
        long id = createdId(request(PRODUCT_NAME, FOOD_SET));
        given().post(PRODUCTS + "/" + id + "/product-code?year=2025").then().statusCode(428)
                .contentType(startsWith("application/problem+json"));
        assign(id, "\"5\"", 2025).statusCode(412);
        given().header("If-Match", "\"0\"").post(PRODUCTS + "/" + id + "/product-code?year=1999").then()
                .statusCode(400).body("errors[0].field", equalTo("year"));
        given().header("If-Match", "\"0\"").post(PRODUCTS + "/987654321/product-code").then().statusCode(404);
    }

    @Test
    void concurrentAssignmentsInOneCommuneGetDistinctSequences() throws Exception {
        int count = 6;
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            ids[i] = createdId(request("Bánh đa vừng số " + i, FOOD_SET));
        }
        List<Callable<String>> calls = new ArrayList<>();
        for (long id : ids) {
            calls.add(() -> assign(id, "\"0\"", 2025).statusCode(200).extract().jsonPath().getString("productCode"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<String> codes = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                codes.add(f.get());
            }
            String prefix = place.provinceCode() + "-" + place.communeCode() + "-";
            assertThat(codes).containsExactlyInAnyOrder(prefix + "001-2025", prefix + "002-2025",
                    prefix + "003-2025", prefix + "004-2025", prefix + "005-2025", prefix + "006-2025");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentRecordsOfOneCodeGiveItToExactlyOneProduct() throws Exception {
        String code = place.provinceCode() + "-" + place.communeCode() + "-031-2025";
        int count = 6;
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = createdId(request(PRODUCT_NAME + " " + i, FOOD_SET));
            calls.add(() -> record(id, "\"0\"", code).extract().statusCode());
        }
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(200, 409).containsOnlyOnce(200);
        } finally {
            pool.shutdownNow();
        }
        given().queryParam("producerId", producerId).queryParam("size", 50).get(PRODUCTS).then()
                .body("total", equalTo(count)).body("items.findAll { it.productCode != null }.productCode",
                        contains(code));
    }

    // --- update / delete ----------------------------------------------------------------------------------

    @Test
    void updateNeedsIfMatchAndRefusesStaleVersions() {
        long id = createdId(request(PRODUCT_NAME, FOOD_SET));
        Map<String, Object> changed = full("Ô mai mơ gừng mặn ngọt Hương Sơn", FOOD_SET);
        changed.put("stage", "IN_DEVELOPMENT");
        changed.put("description", "Mơ rừng, gừng, đường phèn");

        put(id, null, changed).statusCode(428).contentType(startsWith("application/problem+json"));
        put(id, "\"not-a-version\"", changed).statusCode(400).body("errors[0].field", equalTo("If-Match"));
        put(id, "\"0\"", changed).statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Ô mai mơ gừng mặn ngọt Hương Sơn"))
                .body("stage", equalTo("IN_DEVELOPMENT"))
                .body("description", equalTo("Mơ rừng, gừng, đường phèn"));
        put(id, "\"0\"", changed).statusCode(412).contentType(startsWith("application/problem+json"));
        put(987654321L, "\"0\"", changed).statusCode(404);
    }

    @Test
    void updateSendingTheStageAsReadKeepsIt() {
        Map<String, Object> body = request(PRODUCT_NAME, FOOD_SET);
        body.put("stage", "BUSINESS_PLAN");
        long id = createdId(body);
        Map<String, Object> changed = full(PRODUCT_NAME, "FOOD_SPICE_OTHER");
        changed.put("stage", "BUSINESS_PLAN");
        put(id, "\"0\"", changed).statusCode(200)
                .body("stage", equalTo("BUSINESS_PLAN"))
                .body("productSetCode", equalTo("FOOD_SPICE_OTHER"));
    }

    @Test
    void updateRefusesWorkflowStagesButKeepsThemWhenUnchanged() {
        long id = createdId(request(PRODUCT_NAME, FOOD_SET));
        Map<String, Object> certified = full(PRODUCT_NAME, FOOD_SET);
        certified.put("stage", "CERTIFIED");
        problem(put(id, "\"0\"", certified), 400, "stage");
        given().get(PRODUCTS + "/" + id).then().body("stage", equalTo("IDEA_REGISTERED"));

        data.certify(id, 4);
        String etag = given().get(PRODUCTS + "/" + id).then().statusCode(200)
                .body("stage", equalTo("CERTIFIED")).body("currentStars", equalTo(4))
                .extract().header("ETag");
        certified.put("description", "Đã đạt 4 sao");
        put(id, etag, certified).statusCode(200).body("stage", equalTo("CERTIFIED"))
                .body("currentStars", equalTo(4));
        Map<String, Object> expired = full(PRODUCT_NAME, FOOD_SET);
        expired.put("stage", "EXPIRED");
        problem(put(id, given().get(PRODUCTS + "/" + id).header("ETag"), expired), 400, "stage");
    }

    @Test
    void updateKeepsTheCodeAndRefusesToSetIt() {
        String code = place.provinceCode() + "-" + place.communeCode() + "-021-2025";
        long id = withCode(code).statusCode(200).extract().jsonPath().getLong("id");
        put(id, "\"1\"", full("Ô mai mơ gừng Hương Sơn", FOOD_SET)).statusCode(200)
                .body("productCode", equalTo(code)).body("name", equalTo("Ô mai mơ gừng Hương Sơn"));
        Map<String, Object> withCode = full(PRODUCT_NAME, FOOD_SET);
        withCode.put("productCode", place.provinceCode() + "-" + place.communeCode() + "-022-2025");
        problem(put(id, "\"2\"", withCode), 400, "productCode");
        given().get(PRODUCTS + "/" + id).then().body("productCode", equalTo(code)).header("ETag", equalTo("\"2\""));
    }

    @Test
    void deleteNeedsIfMatchAndNoCertificate() {
        long id = createdId(request(PRODUCT_NAME, FOOD_SET));
        given().delete(PRODUCTS + "/" + id).then().statusCode(428);
        given().header("If-Match", "\"3\"").delete(PRODUCTS + "/" + id).then().statusCode(412);
        given().header("If-Match", "\"0\"").delete(PRODUCTS + "/" + id).then().statusCode(204);
        given().get(PRODUCTS + "/" + id).then().statusCode(404);

        long certified = createdId(request(PRODUCT_NAME, FOOD_SET));
        data.certify(certified, 3);
        String etag = given().get(PRODUCTS + "/" + certified).header("ETag");
        given().header("If-Match", etag).delete(PRODUCTS + "/" + certified).then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("1"));
        given().get(PRODUCTS + "/" + certified).then().statusCode(200);
    }

    // --- list ---------------------------------------------------------------------------------------------

    @Test
    void searchIgnoresDiacriticsAndCase() {
        String tag = unique();
        long id = createdId(request(PRODUCT_NAME + " " + tag, FOOD_SET));
        given().queryParam("q", "O MAI MO GUNG man ngot " + tag).get(PRODUCTS).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo((int) id))
                .body("items[0].name", equalTo(PRODUCT_NAME + " " + tag));
        given().queryParam("q", "ô mai mơ " + tag).get(PRODUCTS).then().body("total", equalTo(1));
        given().queryParam("q", tag + " gừng Ô MAI").get(PRODUCTS).then().body("total", equalTo(1));
        given().queryParam("q", "o mai dau " + tag).get(PRODUCTS).then().body("total", equalTo(0));
        given().queryParam("q", "100% " + tag).get(PRODUCTS).then().body("total", equalTo(0));
    }

    @Test
    void filtersByProducerAreaWithSubAreasGroupSetStarsAndStage() {
        long food = createdId(request("Chè búp Hương Sơn", "FOOD_TEA"));
        long drink = createdId(request("Rượu cần Hương Sơn", "DRINK_ALC_OTHER"));
        Map<String, Object> old = request("Nấm hương Sơn Kim", "FOOD_FRESH_PRODUCE");
        old.put("areaId", place.oldCommuneId());
        long inDistrict = createdId(old);
        data.certify(food, 3);
        data.certify(drink, 4);

        given().queryParam("producerId", producerId).get(PRODUCTS).then().statusCode(200)
                .body("total", equalTo(3));
        given().queryParam("areaId", place.provinceId()).get(PRODUCTS).then().body("total", equalTo(3));
        given().queryParam("areaId", place.districtId()).get(PRODUCTS).then()
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) inDistrict));
        given().queryParam("areaId", place.communeId()).queryParam("group", "drink").get(PRODUCTS).then()
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) drink));
        given().queryParam("producerId", producerId).queryParam("productSetCode", "FOOD_TEA").get(PRODUCTS).then()
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) food));
        given().queryParam("producerId", producerId).queryParam("minStars", 3).get(PRODUCTS).then()
                .body("total", equalTo(2));
        given().queryParam("producerId", producerId).queryParam("stars", 4).get(PRODUCTS).then()
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) drink));
        given().queryParam("producerId", producerId).queryParam("stage", "CERTIFIED").get(PRODUCTS).then()
                .body("total", equalTo(2));
        given().queryParam("producerId", producerId).queryParam("stage", "IDEA_REGISTERED").get(PRODUCTS).then()
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) inDistrict));
    }

    @Test
    void pagesAndSortsWithTheTotal() {
        for (String name : List.of("Bưởi Phúc Trạch", "Cam bù Hương Sơn", "Ấm trà gốm")) {
            createdId(request(name, FOOD_SET));
        }
        given().queryParam("producerId", producerId).queryParam("size", 2).queryParam("sort", "name")
                .get(PRODUCTS).then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("items.name", contains("Ấm trà gốm", "Bưởi Phúc Trạch"));
        given().queryParam("producerId", producerId).queryParam("size", 2).queryParam("page", 1)
                .queryParam("sort", "name").get(PRODUCTS).then()
                .body("items.name", contains("Cam bù Hương Sơn"));
        given().queryParam("producerId", producerId).queryParam("sort", "-name").get(PRODUCTS).then()
                .body("items[0].name", equalTo("Cam bù Hương Sơn"));
    }

    @Test
    void badFiltersAreRefusedNamingTheParameter() {
        given().queryParam("group", "FURNITURE").get(PRODUCTS).then().statusCode(400)
                .body("errors[0].field", equalTo("group"));
        given().queryParam("stage", "SOLD").get(PRODUCTS).then().statusCode(400)
                .body("errors[0].field", equalTo("stage"));
        given().queryParam("minStars", 6).get(PRODUCTS).then().statusCode(400)
                .body("errors[0].field", equalTo("minStars"));
        given().queryParam("areaId", 987654321).get(PRODUCTS).then().statusCode(400)
                .body("errors[0].field", equalTo("areaId"));
        given().queryParam("sort", "price").get(PRODUCTS).then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        given().queryParam("size", 500).get(PRODUCTS).then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().queryParam("page", -1).get(PRODUCTS).then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private Map<String, Object> request(String name, String productSetCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("producerId", producerId);
        body.put("productSetCode", productSetCode);
        return body;
    }

    /** A full update body: every editable field present (stage as created, area and description cleared). */
    private Map<String, Object> full(String name, String productSetCode) {
        Map<String, Object> body = request(name, productSetCode);
        body.put("stage", "IDEA_REGISTERED");
        body.put("areaId", null);
        body.put("description", null);
        return body;
    }

    /** A new product, then {@code code} recorded for it (the answer of the recording). */
    private ValidatableResponse withCode(String code) {
        return record(createdId(request(PRODUCT_NAME, FOOD_SET)), "\"0\"", code);
    }

    private static ValidatableResponse record(long id, String ifMatch, String code) {
        return given().contentType(ContentType.JSON).header("If-Match", ifMatch).body(Map.of("productCode", code))
                .put(PRODUCTS + "/" + id + "/product-code").then();
    }

    private static ValidatableResponse post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(PRODUCTS).then();
    }

    private static ValidatableResponse put(long id, String ifMatch, Map<String, Object> body) {
        var spec = given().contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            spec.header("If-Match", ifMatch);
        }
        return spec.put(PRODUCTS + "/" + id).then();
    }

    private static ValidatableResponse assign(long id, String ifMatch, int year) {
        return given().header("If-Match", ifMatch).queryParam("year", year)
                .post(PRODUCTS + "/" + id + "/product-code").then();
    }

    private static long createdId(Map<String, Object> body) {
        return post(body).statusCode(201).extract().jsonPath().getLong("id");
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String field) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body("errors[0].field", equalTo(field));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
