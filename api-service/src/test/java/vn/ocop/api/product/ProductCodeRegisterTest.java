package vn.ocop.api.product;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.security.TestTokens;

/**
 * Issue 9, item 1: the official product code changes only through /products/{id}/product-code, and a sequence
 * once issued in a commune and year is never issued again (not after an update, a withdrawal or a deletion).
 */
@QuarkusTest
class ProductCodeRegisterTest {

    private static final String PRODUCTS = "/api/v1/products";
    private static final String FOOD_SET = "FOOD_PROC_PRODUCE";

    @Inject
    ProductTestData data;

    private ProductTestData.Place place;
    private long producerId;
    private String prefix;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void signInAndCreatePlace() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
        place = data.place();
        producerId = data.producer("Hợp tác xã Sơn Hà", place.communeId());
        prefix = place.provinceCode() + "-" + place.communeCode() + "-";
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
    }

    @Test
    void aFullUpdateKeepsTheCodeAndTheNextAssignmentGivesANewSequence() {
        long first = product("Ô mai mơ gừng");
        assign(first, "\"0\"").statusCode(200).body("productCode", equalTo(prefix + "001-2025"));

        // The update a client sends from what it read, without the code (it is not a field of the update).
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(update("Ô mai mơ gừng Hương Sơn"))
                .put(PRODUCTS + "/" + first).then().statusCode(200)
                .body("name", equalTo("Ô mai mơ gừng Hương Sơn"))
                .body("productCode", equalTo(prefix + "001-2025"));

        long second = product("Mật ong rừng");
        assign(second, "\"0\"").statusCode(200).body("productCode", equalTo(prefix + "002-2025"));
    }

    @Test
    void theSequenceOfADeletedProductIsNeverIssuedAgain() {
        long deleted = product("Bánh đa vừng");
        assign(deleted, "\"0\"").statusCode(200).body("productCode", equalTo(prefix + "001-2025"));
        given().header("If-Match", "\"1\"").delete(PRODUCTS + "/" + deleted).then().statusCode(204);

        long next = product("Bánh đa vừng mới");
        assign(next, "\"0\"").statusCode(200).body("productCode", equalTo(prefix + "002-2025"));
        problem(record(product("Bánh đa giả"), "\"0\"", prefix + "001-2025"), 409);
    }

    @Test
    void aWithdrawnCodeLeavesTheProductWithoutOneAndItsSequenceIsNeverIssuedAgain() {
        long id = product("Chè búp Hương Sơn");
        assign(id, "\"0\"").statusCode(200).body("productCode", equalTo(prefix + "001-2025"));

        withdraw(id, "\"1\"").statusCode(200).header("ETag", equalTo("\"2\"")).body("productCode", nullValue());
        given().get(PRODUCTS + "/" + id).then().body("productCode", nullValue());
        withdraw(id, "\"2\"").statusCode(409).contentType(startsWith("application/problem+json"));

        assign(id, "\"2\"").statusCode(200).body("productCode", equalTo(prefix + "002-2025"));
        // Recorded by hand, written with or without the leading zeros: the same sequence, refused.
        problem(record(product("Chè khác"), "\"0\"", prefix + "001-2025"), 409);
        problem(record(product("Chè khác nữa"), "\"0\"", prefix + "1-2025"), 409);
    }

    @Test
    void aRecordedHistoricalCodeCountsForTheNextAssignment() {
        long old = product("Nấm hương Sơn Kim");
        record(old, "\"0\"", prefix + "007-2025").statusCode(200).body("productCode", equalTo(prefix + "007-2025"));
        given().header("If-Match", "\"1\"").delete(PRODUCTS + "/" + old).then().statusCode(204);

        assign(product("Nấm hương mới"), "\"0\"").statusCode(200).body("productCode", equalTo(prefix + "008-2025"));
    }

    @Test
    void aProductWithACodeTakesNoOtherUntilItIsWithdrawn() {
        long id = product("Rượu ngô Hương Sơn");
        record(id, "\"0\"", prefix + "004-2025").statusCode(200);
        problem(record(id, "\"1\"", prefix + "005-2025"), 409);
        problem(assign(id, "\"1\""), 409);
        given().get(PRODUCTS + "/" + id).then().body("productCode", equalTo(prefix + "004-2025"));
    }

    @Test
    void aProducerNeitherRecordsNorWithdrawsCodes() {
        long id = product("Mứt gừng");
        String producer = TestTokens.producer(producerId);
        given().header(TestTokens.as(producer)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("productCode", prefix + "009-2025")).put(PRODUCTS + "/" + id + "/product-code").then()
                .statusCode(403);
        assign(id, "\"0\"").statusCode(200);
        given().header(TestTokens.as(producer)).header("If-Match", "\"1\"")
                .delete(PRODUCTS + "/" + id + "/product-code").then().statusCode(403);
        given().get(PRODUCTS + "/" + id).then().body("productCode", equalTo(prefix + "001-2025"));
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private long product(String name) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "producerId", producerId, "productSetCode", FOOD_SET))
                .post(PRODUCTS).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private Map<String, Object> update(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("producerId", producerId);
        body.put("productSetCode", FOOD_SET);
        body.put("stage", "IDEA_REGISTERED");
        body.put("areaId", place.communeId());
        body.put("description", null);
        return body;
    }

    private static ValidatableResponse assign(long id, String ifMatch) {
        return given().header("If-Match", ifMatch).queryParam("year", 2025)
                .post(PRODUCTS + "/" + id + "/product-code").then();
    }

    private static ValidatableResponse record(long id, String ifMatch, String code) {
        return given().contentType(ContentType.JSON).header("If-Match", ifMatch).body(Map.of("productCode", code))
                .put(PRODUCTS + "/" + id + "/product-code").then();
    }

    private static ValidatableResponse withdraw(long id, String ifMatch) {
        return given().header("If-Match", ifMatch).delete(PRODUCTS + "/" + id + "/product-code").then();
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("productCode"));
    }
}
