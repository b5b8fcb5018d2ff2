package vn.ocop.api.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With low limits, the public endpoints and sign-in answer 429 problem+json with Retry-After. */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ocop.rate-limit.public-per-minute", "3", "ocop.rate-limit.login-per-minute", "2",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    /** Retry-After in whole seconds: at most the refill time of one token (60 s / limit). */
    private static org.hamcrest.Matcher<String> secondsBetween(int min, int max) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(String value) {
                int seconds = Integer.parseInt(value);
                return seconds >= min && seconds <= max;
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("seconds between " + min + " and " + max);
            }
        };
    }

    @Test
    void publicEndpointsAreLimitedPerClient() {
        for (int i = 0; i < 3; i++) {
            given().when().get("/api/v1/public/certificates/{n}", "KHONG-CO-" + i).then().statusCode(404);
        }
        given().when().get("/api/v1/public/products")
                .then().statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", secondsBetween(1, 20))
                .body("status", equalTo(429))
                .body("type", equalTo("https://ocop.gov.vn/problems/too-many-requests"))
                .body("detail", org.hamcrest.Matchers.matchesPattern(
                        "Quá nhiều yêu cầu từ địa chỉ của bạn\\. Vui lòng thử lại sau \\d+ giây\\."));
        // Signed-in endpoints are not limited by this filter.
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/auth/me").then().statusCode(200);
    }

    @Test
    void signInIsLimitedAgainstPasswordGuessing() {
        Map<String, String> guess = Map.of("username", "admin", "password", "doan-mat-khau");
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).body(guess).when().post("/api/v1/auth/token").then().statusCode(401);
        }
        given().contentType(ContentType.JSON).body(guess).header("Accept-Language", "en")
                .when().post("/api/v1/auth/token")
                .then().statusCode(429)
                .header("Retry-After", secondsBetween(1, 30))
                .body("title", equalTo("Too many requests"));
    }

    @Test
    void signInIsLimitedByRouteWhateverTheSpellingOfItsPath() {
        // Before: the limit compared the path string, so "/api/v1/auth/token/" was never limited.
        String client = "192.0.2.10";
        Map<String, String> guess = Map.of("username", "admin", "password", "doan-mat-khau");
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).body(guess).header("X-Forwarded-For", client)
                    .when().post("/api/v1/auth/token").then().statusCode(401);
        }
        for (String spelling : new String[] {"/api/v1/auth/token/", "/api/v1/auth/%74oken", "/api/v1/auth//token"}) {
            given().urlEncodingEnabled(false).contentType(ContentType.JSON).body(guess)
                    .header("X-Forwarded-For", client)
                    .when().post(spelling)
                    .then().statusCode(429)
                    .contentType(startsWith("application/problem+json"))
                    .header("Retry-After", secondsBetween(1, 30));
        }
    }

    @Test
    void everySpellingOfThePublicRoutesTakesFromTheSameBucket() {
        String client = "192.0.2.11";
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", client).when().get("/api/v1/public/products/")
                    .then().statusCode(200);
        }
        given().header("X-Forwarded-For", client).when().get("/api/v1/public/products")
                .then().statusCode(429).header("Retry-After", secondsBetween(1, 20));
    }

    @Test
    void eachClientAddressHasItsOwnBucket() {
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", "192.0.2.12").when().get("/api/v1/public/products").then()
                    .statusCode(200);
        }
        given().header("X-Forwarded-For", "192.0.2.12").when().get("/api/v1/public/products").then()
                .statusCode(429);
        given().header("X-Forwarded-For", "192.0.2.13").when().get("/api/v1/public/products").then()
                .statusCode(200);
    }
}
