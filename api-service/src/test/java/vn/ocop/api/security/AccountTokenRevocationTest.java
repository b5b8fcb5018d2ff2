package vn.ocop.api.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.common.time.MovableClock;

/**
 * A token stops working as soon as its account is disabled or changed through the API, and within
 * {@code ocop.security.account-check-interval} (30 s) when the change is made straight in the database (another
 * replica's write missed, an operator's SQL). Before: tokens lived their hour whatever happened to the account.
 */
@QuarkusTest
class AccountTokenRevocationTest {

    private static final String ME = "/api/v1/auth/me";
    private static final String PASSWORD = "Tân Kỳ mật khẩu 2025";

    @Inject
    SecurityTestData data;

    @Inject
    EntityManager entities;

    @Inject
    MovableClock clock;

    private Area province;
    private Area commune;
    private String username;
    private int id;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void officerAccount() {
        clock.setTo(clock.instant()); // stands still unless the test moves it
        province = data.area("R" + SecurityTestData.unique(), "Thái Nguyên", AreaLevel.PROVINCE, null);
        commune = data.area("K" + SecurityTestData.unique(), "Tân Kỳ", AreaLevel.COMMUNE, province);
        username = "revoke." + SecurityTestData.unique();
        id = given().header(TestTokens.as(TestTokens.admin())).contentType(ContentType.JSON).body(officer(true))
                .when().post("/api/v1/accounts").then().statusCode(201).extract().path("id");
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
        clock.reset();
    }

    @Test
    void disablingTheAccountEndsItsTokensAtOnce() {
        String token = signIn();
        given().auth().oauth2(token).when().get(ME).then().statusCode(200).body("username", equalTo(username));
        update(officer(false), 0);
        given().auth().oauth2(token).when().get(ME).then().statusCode(401);
    }

    @Test
    void aNewRoleEndsTheTokensCarryingTheOldOne() {
        String token = signIn();
        given().auth().oauth2(token).when().get(ME).then().statusCode(200).body("role", equalTo("COMMUNE"));
        Map<String, Object> promoted = officer(true);
        promoted.put("role", "PROVINCE");
        promoted.put("areaId", province.id);
        update(promoted, 0);
        given().auth().oauth2(token).when().get(ME).then().statusCode(401);
        given().auth().oauth2(signIn()).when().get(ME).then().statusCode(200).body("role", equalTo("PROVINCE"));
    }

    @Test
    void aChangeMadeStraightInTheDatabaseShowsWithinTheCheckInterval() {
        String token = signIn();
        given().auth().oauth2(token).when().get(ME).then().statusCode(200);
        // Not through the API: no write of this process is seen, as when another replica's notification is lost.
        QuarkusTransaction.requiringNew().run(() -> entities
                .createNativeQuery("update account set enabled = false where username = ?1")
                .setParameter(1, username).executeUpdate());
        clock.advance(Duration.ofSeconds(31));
        given().auth().oauth2(token).when().get(ME).then().statusCode(401);
    }

    @Test
    void anExternalProvidersTokenStopsWhenTheLocalAccountIsDisabled() {
        // Tokens of an identity provider carry no account version: the local account's state still counts.
        String external = TestTokens.builder(username, Role.COMMUNE).sign();
        given().auth().oauth2(external).when().get(ME).then().statusCode(200).body("areaPath", equalTo(commune.path));
        update(officer(false), 0);
        given().auth().oauth2(external).when().get(ME).then().statusCode(401);
    }

    private String signIn() {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", PASSWORD))
                .when().post("/api/v1/auth/token").then().statusCode(200).extract().path("accessToken");
    }

    private void update(Map<String, Object> body, int version) {
        body.put("password", null); // a full update: null keeps the password
        body.putIfAbsent("producerId", null);
        given().header(TestTokens.as(TestTokens.admin())).contentType(ContentType.JSON).body(body)
                .header("If-Match", "\"" + version + "\"")
                .when().put("/api/v1/accounts/{id}", id).then().statusCode(200);
    }

    private Map<String, Object> officer(boolean enabled) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", PASSWORD);
        body.put("role", "COMMUNE");
        body.put("displayName", "Cán bộ OCOP xã Tân Kỳ");
        body.put("areaId", commune.id);
        body.put("enabled", enabled);
        return body;
    }
}
