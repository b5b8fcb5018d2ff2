package vn.ocop.api.producer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.security.TestTokens;

/** Issue 16 §5: tax code, enterprise code, citizen id (ProducerIdentifiers). */
@QuarkusTest
class ProducerIdentifiersTest {

    private static final String PRODUCERS = "/api/v1/producers";
    private static final String PROBLEM = "application/problem+json";

    @BeforeEach
    void signIn() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
    }

    @Test
    void validTaxCodesAndCitizenIdAreStoredAndReturned() {
        String tax = digits(10);
        Response made = post(body("Hợp tác xã Chè Đồng Tâm", "COOPERATIVE", code(), tax, null));
        made.then().statusCode(201).body("taxCode", equalTo(tax)).body("citizenId", nullValue());
        String branch = digits(10) + "-001";
        post(body("Hợp tác xã Chi nhánh Hà Ngọc", "COOPERATIVE", code(), branch, null)).then().statusCode(201)
                .body("taxCode", equalTo(branch));
        String cccd = digits(12);
        Response household = post(body("Hộ kinh doanh Hà Ngọc Sáng", "HOUSEHOLD_BUSINESS", "46A8" + digits(6), null, cccd));
        household.then().statusCode(201).body("citizenId", equalTo(cccd));
        given().get(household.header("Location")).then().body("citizenId", equalTo(cccd));
        given().queryParam("taxCode", tax).get(PRODUCERS).then().body("total", equalTo(1))
                .body("items[0].name", equalTo("Hợp tác xã Chè Đồng Tâm"));
        String enterprise = digits(10);
        post(body("Công ty Cổ phần Đặc sản Tân Kỳ", "ENTERPRISE", enterprise, enterprise, null)).then().statusCode(201);
        post(body("Công ty Chi nhánh Nghệ An", "ENTERPRISE", digits(10) + "-002", null, null)).then().statusCode(201);
    }

    @Test
    void badFormatsAre400NamingTheFieldInVietnameseAndEnglish() {
        for (String bad : new String[] {"460123456", "46012345678", "4601234567-01", "4601234567/001", "46O1234567"}) {
            post(body("Hợp tác xã Sai Mã", "COOPERATIVE", code(), bad, null)).then().statusCode(400)
                    .contentType(startsWith(PROBLEM)).body("errors.field", hasItem("taxCode"))
                    .body("errors[0].reason", startsWith("sai định dạng"));
        }
        for (String bad : new String[] {"04619000123", "0461900012345", "04619000123A"}) {
            given().header("Accept-Language", "en").contentType(ContentType.JSON)
                    .body(body("Hộ kinh doanh Sai", "HOUSEHOLD_BUSINESS", code(), null, bad)).post(PRODUCERS).then()
                    .statusCode(400).body("errors.field", hasItem("citizenId"))
                    .body("errors[0].reason", startsWith("must match"));
        }
        // An enterprise's registration code is its tax code.
        post(body("Công ty Mã Sai", "ENTERPRISE", "DN-" + digits(6), null, null)).then().statusCode(400)
                .body("errors[0].field", equalTo("registrationCode"))
                .body("errors[0].reason", startsWith("mã số doanh nghiệp đồng thời là mã số thuế"));
        post(body("Công ty Hai Mã", "ENTERPRISE", digits(10), digits(10), null)).then().statusCode(400)
                .body("errors[0].field", equalTo("taxCode"));
    }

    @Test
    void citizenIdIsRefusedForOtherTypes() {
        for (String type : new String[] {"COOPERATIVE", "COOPERATIVE_GROUP", "ENTERPRISE", "FARM", "OTHER"}) {
            String code = type.equals("ENTERPRISE") ? digits(10) : code();
            post(body("Chủ thể " + type, type, code, null, digits(12))).then().statusCode(400)
                    .contentType(startsWith(PROBLEM)).body("errors[0].field", equalTo("citizenId"))
                    .body("errors[0].reason", containsString("hộ kinh doanh"));
        }
        // Changing a household business to a co-operative needs the citizen id cleared (sent as null).
        String cccd = digits(12);
        Response made = post(body("Hộ kinh doanh Chuyển Đổi", "HOUSEHOLD_BUSINESS", code(), null, cccd));
        String url = made.header("Location");
        Map<String, Object> change = body("Hợp tác xã Chuyển Đổi", "COOPERATIVE", made.jsonPath().getString("registrationCode"), null, cccd);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change).put(url).then().statusCode(400)
                .body("errors[0].field", equalTo("citizenId"));
        change.put("citizenId", null);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change).put(url).then().statusCode(200)
                .body("citizenId", nullValue()).body("type", equalTo("COOPERATIVE"));
    }

    @Test
    void duplicateTaxCodeIs409AndSeveralProducersMayHaveNone() {
        String tax = digits(10);
        post(body("Hợp tác xã Một Mã", "COOPERATIVE", code(), tax, null)).then().statusCode(201);
        given().header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(body("Hợp tác xã Hai Mã", "COOPERATIVE", code(), tax, null)).post(PRODUCERS).then()
                .statusCode(409).contentType(startsWith(PROBLEM)).body("errors[0].field", equalTo("taxCode"))
                .body("errors[0].reason", equalTo("tax code " + tax + " is already used by another producer"));
        String url = post(body("Hợp tác xã Ba Mã", "COOPERATIVE", code(), null, null)).header("Location");
        post(body("Hợp tác xã Bốn Mã", "COOPERATIVE", code(), null, null)).then().statusCode(201);
        Map<String, Object> change = body("Hợp tác xã Ba Mã", "COOPERATIVE", given().get(url).jsonPath().getString("registrationCode"), tax, null);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change).put(url).then().statusCode(409)
                .body("errors[0].field", equalTo("taxCode"));
        given().get(url).then().header("ETag", "\"0\"").body("taxCode", nullValue());
    }

    @Test
    void anUpdateThatLeavesTheIdentifiersOutIsRefusedNotErasing() {
        String cccd = digits(12);
        String tax = digits(10);
        Response made = post(body("Hộ kinh doanh Giữ Mã", "HOUSEHOLD_BUSINESS", code(), tax, cccd));
        Map<String, Object> change = body("Hộ kinh doanh Giữ Mã Mới", "HOUSEHOLD_BUSINESS", made.jsonPath().getString("registrationCode"), tax, cccd);
        change.remove("citizenId");
        change.remove("taxCode");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change).put(made.header("Location"))
                .then().statusCode(400).contentType(startsWith(PROBLEM)).body("errors.field", hasItem("taxCode"));
        given().get(made.header("Location")).then().header("ETag", "\"0\"").body("citizenId", equalTo(cccd))
                .body("taxCode", equalTo(tax));
    }

    @Test
    void theCitizenIdNeverReachesThePublicApi() {
        String cccd = digits(12);
        post(body("Hộ kinh doanh Công Khai", "HOUSEHOLD_BUSINESS", code(), null, cccd)).then().statusCode(201);
        TestTokens.reset();
        for (String path : new String[] {"/api/v1/public/products", "/api/v1/public/products?q=cong khai"}) {
            given().get(path).then().body(not(containsString(cccd)));
        }
        given().get(PRODUCERS).then().statusCode(401);
    }

    private static Response post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(PRODUCERS);
    }

    private static Map<String, Object> body(String name, String type, String code, String taxCode, String citizenId) {
        Map<String, Object> body = new HashMap<>(ProducerResourceTest.producer(name, code, tanKy(), type));
        body.put("taxCode", taxCode);
        body.put("citizenId", citizenId);
        return body;
    }

    private static String code() {
        return "47" + digits(8);
    }

    private static String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(ThreadLocalRandom.current().nextInt(10));
        }
        return s.toString();
    }

    private static Long tanKy() {
        return given().get("/api/v1/areas/by-code/02104").then().statusCode(200).extract().jsonPath().getLong("id");
    }
}
