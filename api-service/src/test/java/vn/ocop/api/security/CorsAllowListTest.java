package vn.ocop.api.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CORS opened by an allow-list (OCOP_CORS_ORIGINS): listed origins may call the API from a browser, others not. */
@QuarkusTest
@TestProfile(CorsAllowListTest.OneFrontEnd.class)
class CorsAllowListTest {

    public static class OneFrontEnd implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.origins", "https://app.example.vn");
        }
    }

    @Test
    void aListedOriginPassesThePreflightWithTheApiHeaders() {
        given().header("Origin", "https://app.example.vn").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .when().options("/api/v1/products/1")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://app.example.vn"))
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Allow-Credentials", equalTo("false"));
        given().header("Origin", "https://app.example.vn").when().get("/api/v1/catalogue/rule-sets")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://app.example.vn"))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void anOriginOutsideTheListIsRefused() {
        given().header("Origin", "https://evil.example.com").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/catalogue/rule-sets")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://app.example.vn.evil.example.com").when().get("/api/v1/catalogue/rule-sets")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
