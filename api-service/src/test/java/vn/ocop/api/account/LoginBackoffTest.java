package vn.ocop.api.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.common.time.MovableClock;
import vn.ocop.api.security.Role;
import vn.ocop.api.security.SecurityTestData;

/**
 * Sign-in backoff per user name and client address (LoginThrottle): after the free failures, each failure blocks
 * the pair for a doubling delay, capped; blocked attempts are 429 without a password check; success resets; other
 * addresses are not affected. Time moves through {@link MovableClock}; clients are told apart by X-Forwarded-For.
 */
@QuarkusTest
@TestProfile(LoginBackoffTest.TwoFreeFailures.class)
class LoginBackoffTest {

    public static class TwoFreeFailures implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(Map.of("ocop.login-backoff.free-failures", "2",
                    "ocop.login-backoff.max-delay", "PT8S",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true"));
            // On H2 its own in-memory database, as DemoDataProfile explains (a restarted application cannot write
            // to the H2 database of the previous one); on PostgreSQL Flyway cleans the database at each start.
            if (!"pg".equals(System.getProperty("quarkus.test.profile"))) {
                overrides.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:ocop_backoff;MODE=PostgreSQL;"
                        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            }
            return overrides;
        }
    }

    private static final String PASSWORD = "Mật khẩu đúng 2025";

    @Inject
    SecurityTestData data;

    @Inject
    LoginThrottle throttle;

    @Inject
    MovableClock clock;

    private String username;
    private String client;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void account() {
        clock.setTo(clock.instant()); // stands still unless the test moves it
        username = "backoff." + SecurityTestData.unique();
        data.account(username, PASSWORD, Role.ADMIN, null, null, true);
        client = "203.0.113." + (1 + (int) (Math.random() * 250));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theDelayDoublesAfterTheFreeFailuresAndIsCapped() {
        assertThat(throttle.delayAfter(1)).isZero();
        assertThat(throttle.delayAfter(2)).isZero();
        assertThat(throttle.delayAfter(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.delayAfter(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.delayAfter(5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(throttle.delayAfter(6)).isEqualTo(Duration.ofSeconds(8));
        assertThat(throttle.delayAfter(7)).as("capped").isEqualTo(Duration.ofSeconds(8));
        assertThat(throttle.delayAfter(Integer.MAX_VALUE)).as("capped").isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void aBlockedUserNameIsRefusedWithoutCheckingThePassword() {
        signIn("falsch", client).statusCode(401);
        signIn("falsch", client).statusCode(401);
        signIn("falsch", client).statusCode(401); // the third failure blocks for 1 s
        signIn(PASSWORD, client).statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", equalTo("1"))
                .body("type", equalTo("https://ocop.gov.vn/problems/too-many-requests"))
                .body("detail", equalTo("Đăng nhập sai quá nhiều lần với tên đăng nhập này từ địa chỉ của bạn."
                        + " Vui lòng thử lại sau 1 giây."));
        clock.advance(Duration.ofSeconds(1));
        signIn("falsch", client).statusCode(401); // the fourth: 2 s
        signIn("falsch", client).statusCode(429).header("Retry-After", equalTo("2"));
        clock.advance(Duration.ofSeconds(2));
        signIn(PASSWORD, client).statusCode(200);
    }

    @Test
    void successResetsTheCount() {
        signIn("falsch", client).statusCode(401);
        signIn("falsch", client).statusCode(401);
        signIn(PASSWORD, client).statusCode(200);
        signIn("falsch", client).statusCode(401);
        signIn("falsch", client).statusCode(401);
        signIn(PASSWORD, client).statusCode(200);
    }

    @Test
    void theDelayIsCappedSoTheOwnerWaitsAtMostTheMaximum() {
        for (int i = 0; i < 8; i++) {
            signIn("falsch", client).statusCode(401);
            clock.advance(Duration.ofSeconds(8));
        }
        signIn("falsch", client).statusCode(401);
        signIn(PASSWORD, client).statusCode(429).header("Retry-After", equalTo("8"));
        clock.advance(Duration.ofSeconds(8));
        signIn(PASSWORD, client).statusCode(200);
    }

    @Test
    void failuresFromOneAddressDoNotBlockTheOwnerElsewhere() {
        for (int i = 0; i < 3; i++) {
            signIn("falsch", client).statusCode(401);
        }
        signIn(PASSWORD, client).statusCode(429);
        signIn(PASSWORD, "198.51.100.7").statusCode(200);
    }

    @Test
    void unknownUserNamesAreCountedAlikeSoTheBackoffRevealsNoAccount() {
        String nobody = "khong.co." + SecurityTestData.unique();
        for (int i = 0; i < 3; i++) {
            signIn(nobody, "falsch", client).statusCode(401);
        }
        signIn(nobody, "falsch", client).statusCode(429).header("Retry-After", equalTo("1"));
    }

    @Test
    void theUserNameIsCountedWhateverItsCase() {
        for (int i = 0; i < 3; i++) {
            signIn(username.toUpperCase(), "falsch", client).statusCode(401);
        }
        signIn(PASSWORD, client).statusCode(429);
    }

    private ValidatableResponse signIn(String password, String from) {
        return signIn(username, password, from);
    }

    private static ValidatableResponse signIn(String user, String password, String from) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", from)
                .body(Map.of("username", user, "password", password))
                .when().post("/api/v1/auth/token").then();
    }
}
