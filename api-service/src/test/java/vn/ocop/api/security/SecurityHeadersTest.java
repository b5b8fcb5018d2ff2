package vn.ocop.api.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * Security headers on every kind of answer (SecurityHeaders), and CORS closed by default: a page of another
 * origin gets no Access-Control-Allow-Origin (CorsAllowListTest opens it by configuration).
 */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void apiAnswersCarryTheHeadersAndAPolicyThatLoadsNothing() {
        hardened(given().when().get("/api/v1/catalogue/rule-sets").then().statusCode(200));
        hardened(given().when().get("/api/v1/auth/me").then().statusCode(401));
        hardened(given().when().get("/api/v1/no-such-thing").then().statusCode(404));
        hardened(given().when().get("/q/health").then());
        hardened(given().when().get("/q/openapi").then().statusCode(200));
    }

    @Test
    void swaggerUiGetsAPolicyThatLetsItWork() {
        given().when().get("/q/swagger-ui/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Content-Security-Policy", equalTo(SecurityHeaders.SWAGGER_UI_POLICY))
                .header("Content-Security-Policy", containsString("connect-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        given().when().get("/q/swagger-ui/swagger-ui-bundle.js").then().statusCode(200)
                .header("Content-Security-Policy", equalTo(SecurityHeaders.SWAGGER_UI_POLICY));
    }

    @Test
    void corsIsClosedByDefault() {
        given().header("Origin", "https://app.example.vn").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/catalogue/rule-sets")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://app.example.vn").when().get("/api/v1/catalogue/rule-sets")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    private static void hardened(ValidatableResponse response) {
        response.header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Content-Security-Policy", equalTo(SecurityHeaders.API_POLICY))
                .header("Content-Security-Policy", not(containsString("unsafe")));
    }
}
