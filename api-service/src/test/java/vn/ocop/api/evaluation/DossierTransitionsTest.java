package vn.ocop.api.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.security.TestTokens;

/** The dossier and product state machines over HTTP: an invalid step is 409 naming the possible ones. */
@QuarkusTest
class DossierTransitionsTest {

    @Inject
    EvaluationFixtures fixtures;

    @BeforeEach
    void signIn() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
        Flow.reset();
    }

    private long product(String name) {
        long province = fixtures.area("Tỉnh Lào Cai " + EvaluationFixtures.unique(), AreaLevel.PROVINCE, null);
        long commune = fixtures.area("Xã Bản Phố", AreaLevel.COMMUNE, province);
        return fixtures.product(name + " " + EvaluationFixtures.unique(), "HTX Bản Phố", commune);
    }

    @Test
    void aSecondSubmissionIsAConflictNamingTheStepsStillPossible() {
        long product = product("Mận tam hoa");
        long dossier = Flow.dossier(product, "NEW", LocalDate.of(2026, 9, 1));
        Flow.submit(dossier).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        given().header("Accept-Language", "en").header("If-Match", Flow.etag("/api/v1/dossiers/" + dossier))
                .post("/api/v1/dossiers/" + dossier + "/submission").then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("Step SUBMIT is not possible while the dossier is SUBMITTED; possible steps: "
                        + "[ASSESS_AT_COMMUNE, RETURN_FOR_SUPPLEMENT, WITHDRAW, ADD_TO_ROUND]."));
        given().get("/api/v1/dossiers/" + dossier).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void aWithdrawnDossierHasNoStepLeftAndItsProductIsBackInDevelopment() {
        long product = product("Chè Shan tuyết");
        long dossier = Flow.dossier(product, "NEW", LocalDate.of(2026, 9, 1));
        Flow.submit(dossier).then().statusCode(200);
        given().get("/api/v1/products/" + product).then().body("stage", equalTo("DOSSIER_SUBMITTED"));
        given().header("If-Match", Flow.etag("/api/v1/dossiers/" + dossier))
                .post("/api/v1/dossiers/" + dossier + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        given().get("/api/v1/products/" + product).then().body("stage", equalTo("IN_DEVELOPMENT"));
        given().header("Accept-Language", "en").header("If-Match", Flow.etag("/api/v1/dossiers/" + dossier))
                .post("/api/v1/dossiers/" + dossier + "/withdrawal").then().statusCode(409)
                .body("detail", equalTo("Step WITHDRAW is not possible while the dossier is WITHDRAWN; possible steps: []."));
    }
}
