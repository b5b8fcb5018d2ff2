package vn.ocop.api.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.common.persistence.VietnameseText;
import vn.ocop.api.producer.Producer;
import vn.ocop.api.producer.ProducerRepository;
import vn.ocop.api.security.SecurityTestData;
import vn.ocop.api.security.TestTokens;

/** The demo accounts sign in with the published passwords and bind to their area or producer, even later. */
@QuarkusTest
class DemoAccountsTest {

    @Inject
    DemoAccounts demoAccounts;

    @Inject
    SecurityTestData data;

    @Inject
    ProducerRepository producers;

    @Test
    void everyRoleCanSignInAndTheProducerIsBoundWhenItAppears() {
        Area province = data.area("19", "Thái Nguyên", AreaLevel.PROVINCE, null);
        data.area("02104", "Tân Kỳ", AreaLevel.COMMUNE, province);
        QuarkusTransaction.requiringNew().run(demoAccounts::ensureAccounts);
        QuarkusTransaction.requiringNew().run(demoAccounts::ensureAccounts); // idempotent

        for (DemoAccounts.Demo demo : DemoAccounts.ACCOUNTS) {
            String token = signIn(demo);
            assertThat(TestTokens.claimsOf(token).get("groups")).isEqualTo(java.util.List.of(demo.role().name()));
        }
        assertThat(TestTokens.claimsOf(signIn(account("tanky.xa"))).get("area_path").toString()).endsWith("/");

        Producer doanKet = data.producer("Hợp tác xã Đoàn Kết", province);
        String producerToken = signIn(account("htx.doanket"));
        // Other test classes may have created a producer of that name before (shared database): the account is
        // bound to the first one, which is this test's unless one existed already.
        long first = QuarkusTransaction.requiringNew().call(() -> producers
                .find("searchKey = ?1 order by id", VietnameseText.fold(doanKet.name)).firstResult().id);
        given().auth().oauth2(producerToken).when().get("/api/v1/auth/me")
                .then().statusCode(200).body("producerId", equalTo((int) first));
    }

    private static DemoAccounts.Demo account(String username) {
        return DemoAccounts.ACCOUNTS.stream().filter(d -> d.username().equals(username)).findFirst().orElseThrow();
    }

    private static String signIn(DemoAccounts.Demo demo) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", demo.username(), "password", demo.password()))
                .when().post("/api/v1/auth/token")
                .then().statusCode(200).extract().path("accessToken");
    }
}
