package vn.ocop.api.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaLevel;

/** Every bad token is a 401 problem with a Bearer challenge; a good token of the wrong role is a 403 problem. */
@QuarkusTest
class TokenVerificationTest {

    private static final String PROTECTED = "/api/v1/auth/me";
    private static final String ADMIN_ONLY = "/api/v1/accounts";

    @Inject
    SecurityTestData data;

    /** Paths of real units (a token naming an invented unit is refused, see TokenRulesTest). */
    private String provincePath;
    private String communePath;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void units() {
        Area province = data.area("T" + SecurityTestData.unique(), "Thái Nguyên", AreaLevel.PROVINCE, null);
        provincePath = province.path;
        communePath = data.area("X" + SecurityTestData.unique(), "Tân Kỳ", AreaLevel.COMMUNE, province).path;
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
    }

    @Test
    void noTokenIs401WithBearerChallenge() {
        given().when().get(PROTECTED)
                .then().statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", equalTo("Bearer realm=\"ocop\""))
                .body("type", equalTo("https://ocop.gov.vn/problems/unauthorized"))
                .body("title", equalTo("Chưa xác thực"))
                .body("instance", equalTo(PROTECTED));
    }

    @Test
    void validTokenIsAccepted() {
        given().auth().oauth2(TestTokens.officer(Role.PROVINCE, provincePath)).when().get(PROTECTED)
                .then().statusCode(200).body("role", equalTo("PROVINCE")).body("areaPath", equalTo(provincePath));
    }

    @Test
    void expiredTokenIs401() {
        rejected(TestTokens.builder("tanky", Role.COMMUNE).areaPath("/19/412/").expiredSince(Duration.ofMinutes(5))
                .sign());
    }

    @Test
    void tamperedTokenIs401() {
        String token = TestTokens.officer(Role.COMMUNE, "/19/412/");
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("COMMUNE", "ADMIN");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2];
        rejected(tampered);
    }

    @Test
    void tokenSignedWithAnotherKeyIs401() {
        rejected(TestTokens.builder("intruder", Role.ADMIN).signedWithForeignKey().sign());
    }

    @Test
    void tokenOfAnotherIssuerIs401() {
        rejected(TestTokens.builder("admin", Role.ADMIN).issuer("https://sso.example.vn/realms/other").sign());
    }

    @Test
    void garbageIs401() {
        rejected("not-a-jwt");
    }

    @Test
    void wrongRoleIs403Problem() {
        given().auth().oauth2(TestTokens.officer(Role.COMMUNE, communePath)).when().get(ADMIN_ONLY)
                .then().statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", org.hamcrest.Matchers.nullValue())
                .body("type", equalTo("https://ocop.gov.vn/problems/forbidden"))
                .body("detail", equalTo("Thao tác này dành cho ADMIN; bạn đang đăng nhập với vai trò COMMUNE."));
        given().auth().oauth2(TestTokens.producer(7)).header("Accept-Language", "en").when().get(ADMIN_ONLY)
                .then().statusCode(403).body("title", equalTo("Forbidden"));
    }

    @Test
    void tokenWithoutAnOcopRoleIs401() {
        // A token that names no OCOP role is no token for this service (TokenRulesTest holds the role rules).
        given().auth().oauth2(TestTokens.builder("nobody", null).sign()).when().get(ADMIN_ONLY)
                .then().statusCode(401);
    }

    @Test
    void adminPassesTheRoleCheck() {
        given().auth().oauth2(TestTokens.admin()).when().get(ADMIN_ONLY).then().statusCode(200);
    }

    @Test
    void publicEndpointsNeedNoTokenAndIgnoreABadOne() {
        given().when().get("/api/v1/public/products").then().statusCode(200);
        given().auth().oauth2("not-a-jwt").when().get("/api/v1/public/products").then().statusCode(200);
    }

    @Test
    void aDefaultTokenForEveryRequestCanBeSetForAWholeTestClass() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
        given().when().get(ADMIN_ONLY).then().statusCode(200);
        given().header(TestTokens.as(TestTokens.producer(7))).when().get(ADMIN_ONLY).then().statusCode(403);
        given().header(TestTokens.anonymous()).when().get(ADMIN_ONLY).then().statusCode(401);
        TestTokens.authenticateEveryRequest(TestTokens.officer(Role.COMMUNE, communePath));
        given().when().get(ADMIN_ONLY).then().statusCode(403);
        TestTokens.reset();
        given().when().get(ADMIN_ONLY).then().statusCode(401);
    }

    @Test
    void unknownPathsUnderTheApiStay404() {
        given().when().get("/api/v1/no-such-thing").then().statusCode(404);
    }

    private static void rejected(String token) {
        given().auth().oauth2(token).when().get(PROTECTED)
                .then().statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
                .body("type", equalTo("https://ocop.gov.vn/problems/unauthorized"))
                .body("detail", not(equalTo(null)));
    }
}
