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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.security.TestTokens;

/**
 * Issue 9, item 2 (mass assignment): the official code, stars, certificate and the workflow's stages are not the
 * client's. A producer sending them is refused with 400 naming the field, and nothing changes.
 */
@QuarkusTest
class ServerOwnedFieldsTest {

    private static final String PRODUCTS = "/api/v1/products";

    @Inject
    ProductTestData data;

    private long producerId;
    private String code;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void signInAsTheProducer() {
        ProductTestData.Place place = data.place();
        producerId = data.producer("Hợp tác xã Đoàn Kết", place.communeId());
        code = place.provinceCode() + "-" + place.communeCode() + "-001-2025";
        TestTokens.authenticateEveryRequest(TestTokens.producer(producerId));
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
    }

    @Test
    void aNewProductTakesNoServerOwnedField() {
        for (Map.Entry<String, Object> field : Map.<String, Object>of("productCode", code, "currentStars", 3,
                "currentCertificateId", 1, "productGroup", "FOOD", "version", 7).entrySet()) {
            Map<String, Object> body = create("Ô mai mơ gừng");
            body.put(field.getKey(), field.getValue());
            refused(post(body), field.getKey());
        }
        given().queryParam("producerId", producerId).get(PRODUCTS).then().body("total", equalTo(0));
    }

    @Test
    void aNewProductStartsBeforeTheDossierOnly() {
        for (String stage : List.of("DOSSIER_SUBMITTED", "UNDER_EVALUATION", "CERTIFIED", "EXPIRED", "REVOKED")) {
            Map<String, Object> body = create("Chè búp");
            body.put("stage", stage);
            refused(post(body), "stage");
        }
        for (String stage : List.of("IDEA_REGISTERED", "BUSINESS_PLAN", "IN_DEVELOPMENT")) {
            Map<String, Object> body = create("Chè búp " + stage);
            body.put("stage", stage);
            post(body).statusCode(201).body("stage", equalTo(stage));
        }
    }

    @Test
    void anUpdateTakesNoServerOwnedField() {
        long id = post(create("Mật ong bạc hà")).statusCode(201).extract().jsonPath().getLong("id");
        for (Map.Entry<String, Object> field : Map.<String, Object>of("productCode", code, "currentStars", 5,
                "currentCertificateId", 1).entrySet()) {
            Map<String, Object> body = update("Mật ong bạc hà", "IDEA_REGISTERED");
            body.put(field.getKey(), field.getValue());
            refused(put(id, "\"0\"", body), field.getKey());
        }
        given().get(PRODUCTS + "/" + id).then().header("ETag", equalTo("\"0\""))
                .body("productCode", nullValue()).body("currentStars", nullValue());
    }

    @Test
    void aClientMovesAProductAmongThePreDossierStagesOnly() {
        long id = post(create("Miến dong")).statusCode(201).extract().jsonPath().getLong("id");
        put(id, "\"0\"", update("Miến dong", "IN_DEVELOPMENT")).statusCode(200).body("stage", equalTo("IN_DEVELOPMENT"));
        put(id, "\"1\"", update("Miến dong", "BUSINESS_PLAN")).statusCode(200).body("stage", equalTo("BUSINESS_PLAN"));
        refused(put(id, "\"2\"", update("Miến dong", "UNDER_EVALUATION")), "stage");
        refused(put(id, "\"2\"", update("Miến dong", null)), "stage");
        given().get(PRODUCTS + "/" + id).then().body("stage", equalTo("BUSINESS_PLAN"));
    }

    @Test
    void aCertifiedProductIsNotMovedBackByHand() {
        long id = post(create("Gạo nếp cái hoa vàng")).statusCode(201).extract().jsonPath().getLong("id");
        data.certify(id, 3);
        String etag = given().get(PRODUCTS + "/" + id).then().statusCode(200).body("stage", equalTo("CERTIFIED"))
                .extract().header("ETag");

        // A workflow stage is never a value a client sends (400); leaving the stage the workflow holds is an
        // invalid transition (409 naming what a client may send).
        refused(put(id, etag, update("Gạo nếp cái hoa vàng", "REVOKED")), "stage");
        for (String stage : List.of("IDEA_REGISTERED", "IN_DEVELOPMENT")) {
            put(id, etag, update("Gạo nếp cái hoa vàng", stage)).statusCode(409)
                    .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("stage"));
        }
        // Sending back the stage as read is no move: the other fields change.
        put(id, etag, update("Gạo nếp cái hoa vàng loại 1", "CERTIFIED")).statusCode(200)
                .body("stage", equalTo("CERTIFIED")).body("currentStars", equalTo(3))
                .body("name", equalTo("Gạo nếp cái hoa vàng loại 1"));
    }

    @Test
    void theReasonSaysWhoOwnsTheStage() {
        long id = post(create("Bưởi Phúc Trạch")).statusCode(201).extract().jsonPath().getLong("id");
        data.certify(id, 4);
        String etag = given().get(PRODUCTS + "/" + id).header("ETag");
        given().header("Accept-Language", "en").contentType(ContentType.JSON).header("If-Match", etag)
                .body(update("Bưởi Phúc Trạch", "IDEA_REGISTERED")).put(PRODUCTS + "/" + id).then().statusCode(409)
                .body("errors[0].field", equalTo("stage"))
                .body("errors[0].reason", equalTo("the product is at stage CERTIFIED, which the evaluation workflow "
                        + "holds; it cannot be moved to IDEA_REGISTERED by hand; stages a client may send: [CERTIFIED]"));
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private Map<String, Object> create(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("producerId", producerId);
        body.put("productSetCode", "FOOD_PROC_PRODUCE");
        return body;
    }

    private Map<String, Object> update(String name, String stage) {
        Map<String, Object> body = create(name);
        body.put("stage", stage);
        body.put("areaId", null);
        body.put("description", null);
        return body;
    }

    private static ValidatableResponse post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(PRODUCTS).then();
    }

    private static ValidatableResponse put(long id, String ifMatch, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).header("If-Match", ifMatch).body(body)
                .put(PRODUCTS + "/" + id).then();
    }

    private static void refused(ValidatableResponse response, String field) {
        response.statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo(field));
    }
}
