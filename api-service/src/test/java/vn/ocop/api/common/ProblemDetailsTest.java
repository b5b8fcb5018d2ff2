package vn.ocop.api.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemDetailsTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void unknownPathIsAProblemInVietnameseByDefault() {
        given().when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404))
                .body("title", equalTo("Không tìm thấy"))
                .body("type", equalTo("https://ocop.gov.vn/problems/not-found"))
                .body("instance", equalTo("/api/v1/no-such-thing"));
    }

    @Test
    void unknownPathIsAProblemInEnglishWhenAsked() {
        given().header("Accept-Language", "en-GB,en;q=0.8").when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("title", equalTo("Not found"));
    }

    @Test
    void healthIncludesTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.name", org.hamcrest.Matchers.hasItem(startsWith("Database connections")));
    }
}
