package vn.ocop.api.producer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.product.ProductTestData;
import vn.ocop.api.security.TestTokens;

/** Issue 9, item 4: a registration code is one code whatever its case (NFD0001 and nfd0001 clash). */
@QuarkusTest
class RegistrationCodeCaseTest {

    private static final String PRODUCERS = "/api/v1/producers";

    @Inject
    ProductTestData data;

    private long areaId;
    private String code;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void signIn() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
        areaId = data.place().communeId();
        code = "NFD" + System.nanoTime();
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
    }

    @Test
    void aCodeDifferingOnlyInCaseIsTaken() {
        create(producer("Hợp tác xã Một", code)).statusCode(201).body("registrationCode", equalTo(code));
        create(producer("Hợp tác xã Hai", code.toLowerCase(Locale.ROOT))).statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("registrationCode"));
        given().queryParam("registrationCode", code.toLowerCase(Locale.ROOT)).get(PRODUCERS).then()
                .body("total", equalTo(1));
    }

    @Test
    void aCodeIsStoredInItsUpperCaseForm() {
        String lower = "nfd-" + System.nanoTime() + "a";
        String url = create(producer("Hộ kinh doanh Hương Trà", lower)).statusCode(201)
                .body("registrationCode", equalTo(lower.toUpperCase(Locale.ROOT))).extract().header("Location");
        given().get(url).then().body("registrationCode", equalTo(lower.toUpperCase(Locale.ROOT)));
        create(producer("Hộ kinh doanh khác", lower.toUpperCase(Locale.ROOT))).statusCode(409)
                .body("errors[0].field", equalTo("registrationCode"));
    }

    @Test
    void anUpdateToAnotherProducersCodeInAnotherCaseIsTaken() {
        create(producer("Hợp tác xã Một", code)).statusCode(201);
        String url = create(producer("Hợp tác xã Hai", code + "B")).statusCode(201).extract().header("Location");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(producer("Hợp tác xã Hai", code.toLowerCase(Locale.ROOT))).put(url).then().statusCode(409)
                .body("errors[0].field", equalTo("registrationCode"));
        given().get(url).then().header("ETag", equalTo("\"0\"")).body("registrationCode", equalTo(code + "B"));
    }

    private Map<String, Object> producer(String name, String registrationCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("type", "COOPERATIVE");
        body.put("registrationCode", registrationCode);
        body.put("taxCode", null);
        body.put("citizenId", null);
        body.put("representativeName", null);
        body.put("representativeWoman", null);
        body.put("representativeEthnicMinority", null);
        body.put("addressLine", null);
        body.put("areaId", areaId);
        body.put("phone", null);
        body.put("email", null);
        body.put("website", null);
        return body;
    }

    private static io.restassured.response.ValidatableResponse create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(PRODUCERS).then();
    }
}
