package vn.ocop.api.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.producer.Producer;

/** POST /api/v1/auth/token: the right password gets a signed token with the account's binding; nothing else does. */
@QuarkusTest
class TokenIssuanceTest {

    private static final String PASSWORD = "Mật khẩu Tân Kỳ#2025";

    @Inject
    SecurityTestData data;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void rightPasswordGetsATokenCarryingRoleAndArea() {
        String suffix = SecurityTestData.unique();
        Area province = data.area("19", "Thái Nguyên", AreaLevel.PROVINCE, null);
        Area commune = data.area("T" + suffix, "Tân Kỳ", AreaLevel.COMMUNE, province);
        String username = "tanky." + suffix;
        data.account(username, PASSWORD, Role.COMMUNE, commune, null, true);

        String token = given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", PASSWORD))
                .when().post("/api/v1/auth/token")
                .then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(3600))
                .extract().path("accessToken");

        Map<String, Object> claims = TestTokens.claimsOf(token);
        assertThat(claims).containsEntry("iss", "ocop").containsEntry("upn", username)
                .containsEntry("area_path", commune.path)
                .containsEntry("area_id", commune.id.intValue())
                .containsEntry("name", "Tài khoản " + username);
        assertThat(claims.get("groups")).isEqualTo(List.of("COMMUNE"));
        assertThat(((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue())
                .isEqualTo(3600);

        given().auth().oauth2(token).when().get("/api/v1/auth/me")
                .then().statusCode(200)
                .body("username", equalTo(username))
                .body("role", equalTo("COMMUNE"))
                .body("areaPath", equalTo(commune.path));
    }

    @Test
    void producerTokenCarriesTheProducer() {
        String suffix = SecurityTestData.unique();
        Area province = data.area("40", "Nghệ An", AreaLevel.PROVINCE, null);
        Producer producer = data.producer("Hợp tác xã Đoàn Kết " + suffix, province);
        String username = "htx." + suffix;
        data.account(username, PASSWORD, Role.PRODUCER, null, producer, true);

        String token = given().contentType(ContentType.JSON).body(Map.of("username", username, "password", PASSWORD))
                .when().post("/api/v1/auth/token").then().statusCode(200).extract().path("accessToken");

        assertThat(TestTokens.claimsOf(token)).containsEntry("producer_id", producer.id.intValue())
                .doesNotContainKey("area_path");
        given().auth().oauth2(token).when().get("/api/v1/auth/me").then().statusCode(200)
                .body("role", equalTo("PRODUCER"))
                .body("producerId", equalTo(producer.id.intValue()));
    }

    @Test
    void wrongPasswordUnknownUserAndDisabledAccountGetTheSame401() {
        String suffix = SecurityTestData.unique();
        data.account("admin." + suffix, PASSWORD, Role.ADMIN, null, null, true);
        data.account("disabled." + suffix, PASSWORD, Role.ADMIN, null, null, false);

        String wrongPassword = refused("admin." + suffix, "sai mật khẩu");
        String unknownUser = refused("nobody." + suffix, PASSWORD);
        String disabled = refused("disabled." + suffix, PASSWORD);

        assertThat(unknownUser).isEqualTo(wrongPassword).isEqualTo(disabled);
    }

    @Test
    void missingFieldsAreNamed() {
        given().contentType(ContentType.JSON).body(Map.of("username", ""))
                .when().post("/api/v1/auth/token")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItems("username", "password"));
    }

    @Test
    void refusalIsInEnglishWhenAsked() {
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(Map.of("username", "nobody." + SecurityTestData.unique(), "password", "whatever-123"))
                .when().post("/api/v1/auth/token")
                .then().statusCode(401)
                .body("title", equalTo("Not authenticated"))
                .body("detail", equalTo("Wrong user name or password."));
    }

    /** Asks for a token that must be refused; answers the problem body (without the request-specific parts). */
    private static String refused(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .when().post("/api/v1/auth/token")
                .then().statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("type", equalTo("https://ocop.gov.vn/problems/unauthorized"))
                .body("detail", equalTo("Sai tên đăng nhập hoặc mật khẩu."))
                .extract().asString();
    }
}
