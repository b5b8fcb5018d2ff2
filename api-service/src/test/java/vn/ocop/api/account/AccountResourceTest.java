package vn.ocop.api.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.common.FullBodies;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.security.Role;
import vn.ocop.api.security.SecurityTestData;
import vn.ocop.api.security.TestTokens;

/** Administrators create and change accounts; the binding must fit the role. */
@QuarkusTest
class AccountResourceTest {

    @Inject
    SecurityTestData data;

    private Area province;
    private Area commune;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void signInAsAdmin() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
        province = data.area("19", "Thái Nguyên", AreaLevel.PROVINCE, null);
        commune = data.area("A" + SecurityTestData.unique(), "Tân Kỳ", AreaLevel.COMMUNE, province);
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
    }

    private Map<String, Object> officer(String username) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", "Tân Kỳ mật khẩu 2025");
        body.put("role", "COMMUNE");
        body.put("displayName", "Cán bộ OCOP xã Tân Kỳ");
        body.put("areaId", commune.id);
        return body;
    }

    @Test
    void createdOfficerCanSignInAndDisablingStopsIt() {
        String username = "tanky." + SecurityTestData.unique();
        int id = given().contentType(ContentType.JSON).body(officer(username))
                .when().post("/api/v1/accounts")
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("username", equalTo(username))
                .body("areaName", equalTo("Tân Kỳ"))
                .body("areaPath", equalTo(commune.path))
                .body("$", not(hasKey("passwordHash")))
                .body("$", not(hasKey("password")))
                .extract().path("id");

        Map<String, String> credentials = Map.of("username", username, "password", "Tân Kỳ mật khẩu 2025");
        TestTokens.reset();
        given().contentType(ContentType.JSON).body(credentials).when().post("/api/v1/auth/token")
                .then().statusCode(200);

        TestTokens.authenticateEveryRequest(TestTokens.admin());
        Map<String, Object> disabled = officer(username);
        disabled.put("password", null);
        disabled.put("enabled", false);
        disabled = FullBodies.of(AccountRequest.class, disabled);
        given().contentType(ContentType.JSON).body(disabled).when().put("/api/v1/accounts/{id}", id)
                .then().statusCode(428);
        given().contentType(ContentType.JSON).body(disabled).header("If-Match", "\"7\"")
                .when().put("/api/v1/accounts/{id}", id).then().statusCode(412);
        given().contentType(ContentType.JSON).body(disabled).header("If-Match", "\"0\"")
                .when().put("/api/v1/accounts/{id}", id)
                .then().statusCode(200).body("enabled", equalTo(false)).header("ETag", equalTo("\"1\""));

        TestTokens.reset();
        given().contentType(ContentType.JSON).body(credentials).when().post("/api/v1/auth/token")
                .then().statusCode(401);
    }

    @Test
    void bindingMustFitTheRole() {
        Map<String, Object> noArea = officer("a." + SecurityTestData.unique());
        noArea.remove("areaId");
        given().contentType(ContentType.JSON).body(noArea).when().post("/api/v1/accounts")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("areaId"));

        Map<String, Object> wrongLevel = officer("b." + SecurityTestData.unique());
        wrongLevel.put("areaId", province.id);
        given().contentType(ContentType.JSON).body(wrongLevel).when().post("/api/v1/accounts")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("areaId"))
                .body("errors[0].reason", equalTo("phải là đơn vị hành chính cấp COMMUNE với vai trò này"));

        Map<String, Object> producerWithoutProducer = officer("c." + SecurityTestData.unique());
        producerWithoutProducer.put("role", "PRODUCER");
        producerWithoutProducer.remove("areaId");
        given().contentType(ContentType.JSON).body(producerWithoutProducer).when().post("/api/v1/accounts")
                .then().statusCode(400)
                .body("errors.field", hasItem("producerId"));
    }

    @Test
    void duplicateUsernameIs409AndBadFieldsAre400() {
        String username = "dup." + SecurityTestData.unique();
        given().contentType(ContentType.JSON).body(officer(username)).when().post("/api/v1/accounts")
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body(officer(username)).when().post("/api/v1/accounts")
                .then().statusCode(409).body("errors[0].field", equalTo("username"));

        Map<String, Object> bad = officer("Tên Có Dấu");
        bad.put("password", "ngắn");
        given().contentType(ContentType.JSON).body(bad).when().post("/api/v1/accounts")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("username", "password"));
    }

    @Test
    void listAndGetAreForAdminsOnly() {
        String username = "list." + SecurityTestData.unique();
        int id = given().contentType(ContentType.JSON).body(officer(username)).when().post("/api/v1/accounts")
                .then().statusCode(201).extract().path("id");
        given().when().get("/api/v1/accounts/{id}", id).then().statusCode(200).body("username", equalTo(username));
        given().queryParam("size", 200).when().get("/api/v1/accounts").then().statusCode(200);
        given().when().get("/api/v1/accounts/{id}", 987654321).then().statusCode(404);

        String provinceOfficer = TestTokens.officer(Role.PROVINCE, province.path);
        given().header(TestTokens.as(provinceOfficer)).when().get("/api/v1/accounts/{id}", id).then().statusCode(403);
        given().header(TestTokens.as(provinceOfficer)).contentType(ContentType.JSON)
                .body(officer("x." + SecurityTestData.unique()))
                .when().post("/api/v1/accounts").then().statusCode(403);
        given().header(TestTokens.anonymous()).when().get("/api/v1/accounts/{id}", id).then().statusCode(401);
    }
}
