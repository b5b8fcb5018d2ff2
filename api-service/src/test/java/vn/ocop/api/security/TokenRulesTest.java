package vn.ocop.api.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.producer.Producer;

/**
 * The OCOP rules on top of signature and expiry (TokenIdentityAugmentor): exactly one role, spelt exactly; the
 * officer's area path names a real unit; no token issued in the future.
 */
@QuarkusTest
class TokenRulesTest {

    private static final String ME = "/api/v1/auth/me";

    @Inject
    SecurityTestData data;

    private Area province;
    private Area commune;
    private Producer producer;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void records() {
        province = data.area("P" + SecurityTestData.unique(), "Thái Nguyên", AreaLevel.PROVINCE, null);
        commune = data.area("C" + SecurityTestData.unique(), "Tân Kỳ", AreaLevel.COMMUNE, province);
        producer = data.producer("Hợp tác xã Đoàn Kết " + SecurityTestData.unique(), commune);
        // another producer the PRODUCER must not see
        data.producer("Hợp tác xã Bên Cạnh " + SecurityTestData.unique(), commune);
    }

    @Test
    void aLowerCaseAdminGroupGivesNoAdminScope() {
        // Before: Role.parse ignored case, so "admin" became the caller's scope while @RolesAllowed saw PRODUCER.
        String token = TestTokens.builder("htx." + SecurityTestData.unique(), null).groups("PRODUCER", "admin")
                .producerId(producer.id).sign();
        given().auth().oauth2(token).when().get(ME).then().statusCode(200).body("role", equalTo("PRODUCER"));
        given().auth().oauth2(token).queryParam("size", 200).when().get("/api/v1/producers")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(producer.id.intValue()));
    }

    @Test
    void aTokenNamingNoExactRoleOrSeveralRolesIsRefused() {
        refused(TestTokens.builder("sso.user", null).groups("admin").sign());
        refused(TestTokens.builder("sso.user", null).groups("Admin", "offline_access").sign());
        refused(TestTokens.builder("sso.user", null).groups().sign());
        refused(TestTokens.builder("sso.user", null).groups("PRODUCER", "ADMIN").producerId(producer.id).sign());
        refused(TestTokens.builder("sso.user", null).groups(" ADMIN").sign());
    }

    @Test
    void groupsOfTheIdentityProviderThatAreNoOcopRoleAreIgnored() {
        String token = TestTokens.builder("sso.admin", null).groups("offline_access", "ADMIN", "uma_authorization")
                .sign();
        given().auth().oauth2(token).when().get(ME).then().statusCode(200).body("role", equalTo("ADMIN"));
        given().auth().oauth2(token).when().get("/api/v1/accounts").then().statusCode(200);
    }

    @Test
    void anAreaPathThatIsNoUnitIsRefused() {
        // Before: "/" covered every area (a prefix of every path).
        refused(TestTokens.builder("tinh", Role.PROVINCE).areaPath("/").sign());
        refused(TestTokens.builder("tinh", Role.PROVINCE).areaPath("/987654321/").sign());
        refused(TestTokens.builder("xa", Role.COMMUNE).areaPath(province.path + "987654321/").sign());
        refused(TestTokens.builder("admin.with.area", Role.ADMIN).areaPath("/").sign());
    }

    @Test
    void aRealUnitIsAccepted() {
        given().auth().oauth2(TestTokens.officer(Role.COMMUNE, commune.path)).when().get(ME)
                .then().statusCode(200).body("areaPath", equalTo(commune.path));
        String withoutSlash = commune.path.substring(0, commune.path.length() - 1);
        given().auth().oauth2(TestTokens.officer(Role.COMMUNE, withoutSlash)).when().get(ME)
                .then().statusCode(200).body("areaPath", equalTo(commune.path));
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        refused(TestTokens.builder("admin.future", Role.ADMIN).issuedAt(Instant.now().plus(Duration.ofMinutes(10)))
                .sign());
        refused(TestTokens.builder("admin.future", Role.ADMIN).issuedAt(Instant.now().plus(Duration.ofDays(400)))
                .sign());
    }

    @Test
    void aSmallClockDifferenceIsTolerated() {
        given().auth().oauth2(TestTokens.builder("admin.skew", Role.ADMIN)
                        .issuedAt(Instant.now().plus(Duration.ofSeconds(20))).sign())
                .when().get(ME).then().statusCode(200);
    }

    private static void refused(String token) {
        given().auth().oauth2(token).when().get(ME)
                .then().statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""));
    }
}
