package vn.ocop.api.area;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import vn.ocop.api.security.TestTokens;

/** Loads the small legacy, current and mapping samples of test resources areas/ (idempotent), as an administrator. */
public final class AreaSamples {

    private AreaSamples() {
    }

    public static byte[] resource(String name) {
        try (InputStream in = AreaSamples.class.getResourceAsStream("/areas/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void load() {
        String token = TestTokens.admin();
        given().auth().oauth2(token).contentType("text/csv").body(resource("current-sample.csv"))
                .post("/api/v1/areas/import").then().statusCode(200);
        given().auth().oauth2(token).contentType("text/csv").body(resource("legacy-sample.csv"))
                .post("/api/v1/areas/import/legacy").then().statusCode(200);
        given().auth().oauth2(token).contentType("text/csv").body(resource("mapping-sample.csv"))
                .post("/api/v1/areas/successions/import").then().statusCode(200);
    }
}
