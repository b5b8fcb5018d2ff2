package vn.ocop.api.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.common.FullBodies;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.producer.Producer;
import vn.ocop.api.account.AccountRequest;

/**
 * The audit log's guarantees besides "every write leaves an entry" ({@link AuditTrailTest}): an entry lives and
 * dies with its write's transaction; officers read the entries of their area's records (also once deleted), never
 * those of accounts and areas; producers and council accounts read none; no snapshot holds a password.
 */
@QuarkusTest
class AuditLogTest {

    static final String AUDIT = "/api/v1/audit-log";

    static Area province;
    static Area commune;
    static Area otherProvince;
    static Producer producer;

    @Inject
    SecurityTestData data;

    @Inject
    AuditEntries entries;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void places() {
        if (province == null) {
            String u = SecurityTestData.unique();
            province = data.area("G" + u.substring(0, 6), "Tỉnh Nhật Ký " + u, AreaLevel.PROVINCE, null);
            commune = data.area("R" + u.substring(0, 6), "Xã Nhật Ký " + u, AreaLevel.COMMUNE, province);
            otherProvince = data.area("S" + u.substring(0, 6), "Tỉnh Khác " + u, AreaLevel.PROVINCE, null);
            producer = data.producer("Hợp tác xã Nhật Ký " + u, commune);
        }
    }

    // ---- one transaction ----

    @Test
    void anEntryIsRolledBackWithItsWrite() {
        long kept = entries.createAccount(accountRequest(), false);
        assertThat(entries.countOf("account", kept)).as("entries of the committed account").isEqualTo(1);

        long rolledBack = entries.createAccount(accountRequest(), true);
        assertThat(rolledBack).as("the write ran (an id was given)").isPositive();
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/accounts/" + rolledBack).then().statusCode(404);
        assertThat(entries.countOf("account", rolledBack)).as("entries of the rolled-back account").isZero();
    }

    @Test
    void anEntryNeedsTheWritersTransaction() {
        assertThatThrownBy(entries::recordWithoutTransaction).isInstanceOf(TransactionalException.class);
    }

    /** The deletion is refused by the database at commit, after the service recorded it: no entry remains. */
    @Test
    void aDeletionRefusedAtCommitLeavesNoEntry() {
        String admin = TestTokens.admin();
        long product = EvaluationMatrixData.product(admin, producer.id);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(EvaluationMatrixData.dossierBody(product))
                .post("/api/v1/dossiers").then().statusCode(201);
        String etag = given().auth().oauth2(admin).get("/api/v1/products/" + product).then().statusCode(200)
                .extract().header("ETag");

        Response refused = given().auth().oauth2(admin).header("If-Match", etag).delete("/api/v1/products/" + product);

        assertThat(refused.statusCode()).as("deleting a product that has a dossier: %s", refused.asString())
                .isGreaterThanOrEqualTo(400);
        given().auth().oauth2(admin).get("/api/v1/products/" + product).then().statusCode(200);
        assertThat(actions(admin, "product", product)).containsExactly("product.create");
    }

    // ---- who reads what ----

    @Test
    void officersReadTheEntriesOfTheirAreaAlsoOnceTheRecordIsDeleted() {
        String admin = TestTokens.admin();
        Response made = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(AccessMatrixTest.producerBody(commune.id)).post("/api/v1/producers");
        long id = made.then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(admin).header("If-Match", made.header("ETag")).delete("/api/v1/producers/" + id)
                .then().statusCode(204);

        List<String> both = List.of("producer.create", "producer.delete");
        assertThat(actions(TestTokens.officer(Role.PROVINCE, province.path), "producer", id)).isEqualTo(both);
        assertThat(actions(TestTokens.officer(Role.COMMUNE, commune.path), "producer", id)).isEqualTo(both);
        assertThat(actions(TestTokens.officer(Role.PROVINCE, otherProvince.path), "producer", id)).isEmpty();
        for (String token : List.of(TestTokens.producer(producer.id), TestTokens.council("hoidong." + id))) {
            given().auth().oauth2(token).queryParam("entityType", "producer").queryParam("entityId", id).get(AUDIT)
                    .then().statusCode(403);
        }
    }

    @Test
    void thePartsOfAPlanAreReadByThePlansArea() {
        String admin = TestTokens.admin();
        long plan = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(AccessMatrixTest.planBody(commune.id)).post("/api/v1/plans").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long target = given().auth().oauth2(admin).contentType(ContentType.JSON).body(AccessMatrixTest.targetBody())
                .post("/api/v1/plans/" + plan + "/targets").then().statusCode(201).extract().jsonPath().getLong("id");

        assertThat(actions(TestTokens.officer(Role.COMMUNE, commune.path), "plan-target", target))
                .containsExactly("plan-target.create");
        assertThat(actions(TestTokens.officer(Role.PROVINCE, otherProvince.path), "plan-target", target)).isEmpty();
    }

    @Test
    void accountsAndAreasAreTheAdministratorsLog() {
        String admin = TestTokens.admin();
        // An officer's account in the province officer's own commune: still not theirs to read.
        Response made = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of(
                "username", "nhatky." + SecurityTestData.unique(), "password", AuditRecipes.PASSWORD,
                "role", "COMMUNE", "displayName", "Cán bộ xã", "areaId", commune.id)).post("/api/v1/accounts");
        long account = made.then().statusCode(201).extract().jsonPath().getLong("id");
        long area = given().auth().oauth2(admin).contentType(ContentType.JSON).body(AccessMatrixTest.areaBody())
                .post("/api/v1/areas").then().statusCode(201).extract().jsonPath().getLong("id");

        String officer = TestTokens.officer(Role.PROVINCE, province.path);
        assertThat(actions(admin, "account", account)).containsExactly("account.create");
        assertThat(actions(officer, "account", account)).isEmpty();
        assertThat(actions(admin, "area", area)).containsExactly("area.create");
        assertThat(actions(officer, "area", area)).isEmpty();
    }

    @Test
    void aNewPasswordShowsInTheActionNeverInTheSnapshots() {
        String admin = TestTokens.admin();
        String username = "matkhau." + SecurityTestData.unique();
        Response made = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("username", username,
                "password", AuditRecipes.PASSWORD, "role", "ADMIN", "displayName", "Quản trị viên"))
                .post("/api/v1/accounts");
        long id = made.then().statusCode(201).extract().jsonPath().getLong("id");
        String newPassword = "DoiMatKhau#2026-ok";
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", made.header("ETag"))
                .body(FullBodies.of(AccountRequest.class, Map.of("username", username, "password", newPassword,
                        "role", "ADMIN", "displayName", "Quản trị viên")))
                .put("/api/v1/accounts/" + id).then().statusCode(200);

        Response log = given().auth().oauth2(admin).queryParam("entityType", "account").queryParam("entityId", id)
                .get(AUDIT);
        log.then().statusCode(200).body("items.action", equalTo(List.of("account.create", "account.update-password")))
                .body("items[1].before.username", equalTo(username));
        assertThat(log.asString()).doesNotContain("$argon2").doesNotContainIgnoringCase("passwordHash")
                .doesNotContain(AuditRecipes.PASSWORD).doesNotContain(newPassword);
    }

    // ---- helpers ----

    private static List<String> actions(String token, String entityType, long entityId) {
        return given().auth().oauth2(token).queryParam("entityType", entityType).queryParam("entityId", entityId)
                .queryParam("size", 200).get(AUDIT).then().statusCode(200).extract().jsonPath().getList("items.action");
    }

    private static AccountRequest accountRequest() {
        return new AccountRequest("giaodich." + SecurityTestData.unique(), AuditRecipes.PASSWORD, Role.ADMIN,
                "Quản trị viên giao dịch", null, null, true);
    }
}
