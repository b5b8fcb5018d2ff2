package vn.ocop.api.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.producer.ProducerRequest;
import vn.ocop.api.product.ProductTestData;
import vn.ocop.api.security.TestTokens;

/**
 * Issue 9, item 1 ("an update never erases what the client did not send"): a PUT replaces the editable fields, so
 * every field of its body must be present (null clears an optional one); an absent field is a 400 naming it.
 */
@QuarkusTest
class FullUpdateTest {

    private static final String REASON_EN = "required in a full update; send null to clear";
    private static final String REASON_VI = "bắt buộc khi cập nhật toàn bộ; gửi null để xóa giá trị";

    @Inject
    ProductTestData data;

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
    }

    /** Every PUT of the served document whose body is a record refuses an empty object, naming a field. */
    @Test
    void everyPutOfTheServedApiRefusesAnAbsentField() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> put = (Map<String, Object>) path.getValue().get("put");
            if (put == null) {
                continue;
            }
            String schema = String.valueOf(put.get("requestBody"));
            String url = path.getKey().replaceAll("\\{[^}]+}", "987654321");
            var response = given().header("Accept-Language", "en").contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"").body("{}").put(url).then();
            if (schema.contains("$ref")) {
                // A record body: the first absent field is named with the full-update reason.
                response.statusCode(400).contentType(startsWith("application/problem+json"))
                        .body("errors[0].reason", equalTo(REASON_EN));
                checked.add(path.getKey());
            } else {
                // A map body (a score sheet's answers) replaces the whole map: nothing to be absent.
                response.statusCode(lessThan(500));
            }
        }
        assertThat(checked).contains("/api/v1/products/{id}", "/api/v1/products/{id}/product-code",
                "/api/v1/producers/{id}", "/api/v1/areas/{id}", "/api/v1/plans/{id}", "/api/v1/plans/{planId}/targets/{id}",
                "/api/v1/plans/{planId}/milestones/{id}", "/api/v1/plans/{planId}/activities/{id}",
                "/api/v1/accounts/{id}", "/api/v1/dossiers/{id}");
    }

    @Test
    void aProductUpdateWithoutTheDescriptionIsRefusedAndNullClearsIt() {
        ProductTestData.Place place = data.place();
        long producerId = data.producer("Hợp tác xã Đoàn Kết", place.communeId());
        Map<String, Object> body = new HashMap<>(Map.of("name", "Ô mai mơ gừng", "producerId", producerId,
                "productSetCode", "FOOD_PROC_PRODUCE", "description", "Mơ rừng Hương Sơn"));
        long id = given().contentType(ContentType.JSON).body(body).post("/api/v1/products").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        body.put("name", "Ô mai mơ gừng Hương Sơn");
        body.put("stage", "IDEA_REGISTERED");
        body.put("areaId", null);
        body.remove("description");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/api/v1/products/" + id)
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("description")).body("errors[0].reason", equalTo(REASON_VI));
        given().get("/api/v1/products/" + id).then().header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Ô mai mơ gừng")).body("description", equalTo("Mơ rừng Hương Sơn"));

        body.put("description", null);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/api/v1/products/" + id)
                .then().statusCode(200).body("name", equalTo("Ô mai mơ gừng Hương Sơn"))
                .body("description", nullValue());
    }

    @Test
    void aProducerUpdateNamesEachAbsentFieldAndKeepsTheRecord() {
        ProductTestData.Place place = data.place();
        Map<String, Object> full = new HashMap<>();
        full.put("name", "Hợp tác xã Tân Tiến");
        full.put("type", "COOPERATIVE");
        full.put("registrationCode", "FU" + System.nanoTime());
        full.put("taxCode", null);
        full.put("citizenId", null);
        full.put("representativeName", "Nguyễn Thị Hạnh");
        full.put("representativeWoman", true);
        full.put("representativeEthnicMinority", false);
        full.put("addressLine", "Xóm Đồng Tâm");
        full.put("areaId", place.communeId());
        full.put("phone", "0208 3851 234");
        full.put("email", "htx.tantien@example.vn");
        full.put("website", "https://tantien.example.vn");
        assertThat(full).containsOnlyKeys(FullBodies.of(ProducerRequest.class, Map.of()).keySet());
        String url = given().contentType(ContentType.JSON).body(full).post("/api/v1/producers").then()
                .statusCode(201).extract().header("Location");

        for (String field : List.of("website", "phone", "representativeWoman", "addressLine", "taxCode", "citizenId")) {
            Map<String, Object> partial = new HashMap<>(full);
            partial.remove(field);
            given().header("Accept-Language", "en").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(partial).put(url).then().statusCode(400)
                    .body("errors[0].field", equalTo(field)).body("errors[0].reason", equalTo(REASON_EN));
        }
        given().get(url).then().header("ETag", equalTo("\"0\""))
                .body("website", equalTo("https://tantien.example.vn")).body("representativeWoman", equalTo(true));
    }
}
