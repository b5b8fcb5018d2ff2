package vn.ocop.api.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Swagger UI can authorise: the document declares the bearer scheme on protected operations only. */
@QuarkusTest
class OpenApiSecurityTest {

    @Test
    void bearerSchemeIsDeclaredAndUsedByProtectedOperationsOnly() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("components.securitySchemes.bearerAuth.type", equalTo("http"))
                .body("components.securitySchemes.bearerAuth.scheme", equalTo("bearer"))
                .body("components.securitySchemes.bearerAuth.bearerFormat", equalTo("JWT"))
                .body("paths.'/api/v1/auth/me'.get.security.bearerAuth", hasItem(org.hamcrest.Matchers.empty()))
                .body("paths.'/api/v1/auth/me'.get.responses.'401'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/v1/accounts'.get.responses.'403'.description",
                        equalTo("The caller's role may not do this"))
                .body("paths.'/api/v1/auth/token'.post.security", nullValue())
                .body("paths.'/api/v1/public/products'.get.security", nullValue());
    }
}
