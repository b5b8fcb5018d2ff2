package vn.ocop.api.publicapi;

import static io.restassured.RestAssured.given;
import static vn.ocop.api.common.time.ClockProducer.VIETNAM;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import vn.ocop.api.certificate.Certificate;
import vn.ocop.api.security.TestTokens;

/** Revokes a 3★/4★ certificate through the API, as the province would. */
final class PublicRevocation {

    private PublicRevocation() {
    }

    static void revoke(Certificate certificate) {
        String admin = TestTokens.admin();
        String etag = given().auth().oauth2(admin).get("/api/v1/certificates/{id}", certificate.id)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("ground", "NO_LONGER_MEETS_CRITERIA", "revokedOn", LocalDate.now(VIETNAM).toString(),
                        "revokingLevel", "PROVINCE", "revokingBody", "UBND tỉnh Thái Nguyên"))
                .post("/api/v1/certificates/{id}/revocation", certificate.id)
                .then().statusCode(200);
    }
}
