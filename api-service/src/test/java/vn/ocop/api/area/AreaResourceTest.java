package vn.ocop.api.area;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.common.FullBodies;
import vn.ocop.api.security.TestTokens;

@QuarkusTest
class AreaResourceTest {

    /** Every request of this class is sent as a national administrator (see docs/security.md). */
    @BeforeEach
    void signIn() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
    }

    private static final String AREAS = "/api/v1/areas";
    private static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    // ---- reference data of the seed plans (migration V2) ----

    @Test
    void seedProvincesAreCurrentWithOfficialCodes() {
        given().get(AREAS + "/by-code/51").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("name", equalTo("Quảng Ngãi")).body("level", equalTo("PROVINCE"))
                .body("validFrom", equalTo("2025-07-01")).body("validTo", nullValue());
        given().get(AREAS + "/by-code/38").then().statusCode(200).body("fullName", equalTo("Tỉnh Thanh Hoá"));
    }

    @Test
    void historicalDistrictIsFoundOnADateBeforeTheReform() {
        Map<String, Object> district = given().queryParam("validOn", "2024-04-04")
                .get(AREAS + "/by-code/529").then().statusCode(200)
                .body("fullName", equalTo("Huyện Sơn Hà")).body("level", equalTo("DISTRICT"))
                .body("validTo", equalTo("2025-07-01"))
                .extract().jsonPath().getMap("");
        Map<String, Object> province = given().queryParam("validOn", "2024-04-04")
                .get(AREAS + "/by-code/51").then().statusCode(200)
                .body("validTo", equalTo("2025-07-01")).extract().jsonPath().getMap("");
        assertThat(district.get("parentId")).isEqualTo(province.get("id"));
        assertThat((String) district.get("path")).isEqualTo("/" + province.get("id") + "/" + district.get("id") + "/");

        given().get(AREAS + "/by-code/529").then().statusCode(404).contentType(startsWith(PROBLEM));
    }

    @Test
    void seedPathsChainFromTheProvince() {
        Map<String, Object> haSon = given().queryParam("q", "xa ha son").queryParam("validOn", "2023-01-01")
                .get(AREAS).then().statusCode(200).extract().jsonPath().getMap("items[0]");
        Map<String, Object> haTrung = given().queryParam("validOn", "2023-01-01")
                .get(AREAS + "/by-code/392").then().statusCode(200)
                .body("name", equalTo("Hà Trung")).extract().jsonPath().getMap("");
        assertThat(haSon.get("parentId")).isEqualTo(haTrung.get("id"));
        assertThat((String) haSon.get("path")).isEqualTo(haTrung.get("path") + String.valueOf(haSon.get("id")) + "/");

        Map<String, Object> tanKy = given().get(AREAS + "/by-code/02104").then().statusCode(200)
                .body("name", equalTo("Tân Kỳ")).extract().jsonPath().getMap("");
        Map<String, Object> thaiNguyen = given().get(AREAS + "/by-code/19").then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertThat((String) tanKy.get("path")).isEqualTo("/" + thaiNguyen.get("id") + "/" + tanKy.get("id") + "/");
    }

    // ---- list, filters, children ----

    @Test
    void listSearchesNamesWithoutDiacriticsAndDefaultsToToday() {
        given().queryParam("q", "SON HA").get(AREAS).then().statusCode(200)
                .body("items.fullName", hasItem("Xã Sơn Hà"))
                .body("items.fullName", not(hasItem("Huyện Sơn Hà")));
        given().queryParam("q", "son ha").queryParam("includeHistorical", true).get(AREAS).then().statusCode(200)
                .body("items.fullName", hasItems("Xã Sơn Hà", "Huyện Sơn Hà"));
        given().queryParam("q", "Sơn Hà").queryParam("validOn", "2024-01-01").get(AREAS).then().statusCode(200)
                .body("items.fullName", hasItem("Huyện Sơn Hà"))
                .body("items.fullName", not(hasItem("Xã Sơn Hà")));
    }

    @Test
    void listFiltersByLevelAndParentCodeAndPages() {
        String suffix = suffix();
        Map<String, Object> province = create(province("P" + suffix, "Tỉnh Thử " + suffix));
        Long provinceId = ((Number) province.get("id")).longValue();
        create(commune("C1" + suffix, "Xã Đồng Tâm " + suffix, provinceId));
        create(commune("C2" + suffix, "Xã Ân Thi " + suffix, provinceId));
        create(commune("C3" + suffix, "Xã Bình Minh " + suffix, provinceId));

        given().queryParam("parentCode", "P" + suffix).queryParam("sort", "-code").queryParam("size", 2)
                .get(AREAS).then().statusCode(200)
                .body("total", equalTo(3)).body("size", equalTo(2)).body("page", equalTo(0))
                .body("items.code", equalTo(List.of("C3" + suffix, "C2" + suffix)));
        given().queryParam("parentId", provinceId).queryParam("level", "commune").queryParam("sort", "name")
                .queryParam("page", 1).queryParam("size", 2)
                .get(AREAS).then().statusCode(200)
                .body("total", equalTo(3)).body("items.code", equalTo(List.of("C1" + suffix)));
        given().get(AREAS + "/" + provinceId + "/children").then().statusCode(200)
                .body("total", equalTo(3)).body("items.level", everyItem(equalTo("COMMUNE")));
        given().queryParam("level", "PROVINCE").queryParam("size", 200).get(AREAS).then().statusCode(200)
                .body("items.level", everyItem(equalTo("PROVINCE")));
    }

    @Test
    void badListParametersAreProblemsNamingTheParameter() {
        badParam(Map.of("level", "HAMLET"), "level");
        badParam(Map.of("parentId", "abc"), "parentId");
        badParam(Map.of("validOn", "01/07/2025"), "validOn");
        badParam(Map.of("page", "-1"), "page");
        badParam(Map.of("size", "0"), "size");
        badParam(Map.of("size", "201"), "size");
        badParam(Map.of("sort", "population"), "sort");
        badParam(Map.of("sort", "name;drop"), "sort");
    }

    @Test
    void childrenOfUnknownAreaIs404() {
        given().get(AREAS + "/999999999/children").then().statusCode(404).contentType(startsWith(PROBLEM));
        given().get(AREAS + "/999999999").then().statusCode(404).contentType(startsWith(PROBLEM))
                .body("detail", equalTo("Không tìm thấy đơn vị hành chính với mã 999999999."));
    }

    // ---- create / update ----

    @Test
    void createReturns201WithLocationETagAndPath() {
        String suffix = suffix();
        Response response = given().contentType(ContentType.JSON).body(province("P" + suffix, "Tỉnh Hòa Bình Mới " + suffix))
                .post(AREAS);
        response.then().statusCode(201).header("Location", notNullValue()).header("ETag", notNullValue())
                .body("fullName", equalTo("Tỉnh Hòa Bình Mới " + suffix));
        Long id = response.jsonPath().getLong("id");
        assertThat(response.jsonPath().getString("path")).isEqualTo("/" + id + "/");
        given().get(response.header("Location")).then().statusCode(200).body("code", equalTo("P" + suffix));
        given().queryParam("q", "tinh hoa binh moi " + suffix).get(AREAS).then().body("total", equalTo(1));
    }

    @Test
    void createRefusesBadFieldsUnknownParentAndDuplicates() {
        String suffix = suffix();
        given().contentType(ContentType.JSON).body(Map.of("name", "Xã Không Mã")).post(AREAS)
                .then().statusCode(400).contentType(startsWith(PROBLEM))
                .body("errors.field", hasItems("code", "level", "validFrom"));
        given().contentType(ContentType.JSON).body(Map.of("code", "X" + suffix, "name", "Xã Lạ", "level", "HAMLET",
                "validFrom", "2025-07-01")).post(AREAS)
                .then().statusCode(400).contentType(startsWith(PROBLEM)).body("errors.field", hasItem("level"));
        given().contentType(ContentType.JSON).body(commune("X" + suffix, "Xã Mồ Côi", 999999999L)).post(AREAS)
                .then().statusCode(400).body("errors[0].field", equalTo("parentId"));
        given().contentType(ContentType.JSON).body("{\"code\": \"X1\", ").post(AREAS)
                .then().statusCode(400).contentType(startsWith(PROBLEM));

        create(province("D" + suffix, "Tỉnh Trùng " + suffix));
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(province("D" + suffix, "Tỉnh Trùng Lần Hai")).post(AREAS)
                .then().statusCode(409).contentType(startsWith(PROBLEM))
                .body("errors[0].field", equalTo("code"))
                .body("errors[0].reason", startsWith("a unit with code D" + suffix));
    }

    @Test
    void historicalParentCannotTakeNewCommunes() {
        Long haTrung = given().queryParam("validOn", "2023-01-01").get(AREAS + "/by-code/392")
                .jsonPath().getLong("id");
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(commune("N" + suffix(), "Xã Mới", haTrung)).post(AREAS)
                .then().statusCode(400).body("errors[0].field", equalTo("parentId"))
                .body("errors[0].reason", startsWith("administrative unit " + haTrung + " is not in force"));
    }

    @Test
    void updateNeedsIfMatchAndChangesOnlyNamesAndEnd() {
        String suffix = suffix();
        Map<String, Object> created = create(province("U" + suffix, "Tỉnh Cũ " + suffix));
        String url = AREAS + "/" + created.get("id");
        Map<String, Object> changed = FullBodies.of(AreaRequest.class, province("U" + suffix, "Tỉnh Mới " + suffix));
        changed.put("validTo", "2030-01-01");

        given().contentType(ContentType.JSON).body(changed).put(url).then().statusCode(428)
                .contentType(startsWith(PROBLEM));
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(changed).put(url).then().statusCode(412)
                .contentType(startsWith(PROBLEM));
        given().contentType(ContentType.JSON).header("If-Match", "abc").body(changed).put(url).then().statusCode(400);
        String etag = given().get(url).header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(changed).put(url).then().statusCode(200)
                .body("fullName", equalTo("Tỉnh Mới " + suffix)).body("validTo", equalTo("2030-01-01"))
                .header("ETag", not(equalTo(etag)));
        given().contentType(ContentType.JSON).header("If-Match", etag).body(changed).put(url).then().statusCode(412);

        String current = given().get(url).header("ETag");
        Map<String, Object> moved = new java.util.HashMap<>(changed);
        moved.put("code", "V" + suffix);
        moved.put("validFrom", "2026-01-01");
        given().contentType(ContentType.JSON).header("If-Match", current).body(moved).put(url).then().statusCode(400)
                .body("errors.field", hasItems("code", "validFrom"));
        given().contentType(ContentType.JSON).header("If-Match", current).body(changed)
                .put(AREAS + "/999999999").then().statusCode(404);
    }

    // ---- helpers ----

    static String suffix() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    }

    static Map<String, Object> province(String code, String fullName) {
        return Map.of("code", code, "name", fullName.replace("Tỉnh ", ""), "fullName", fullName,
                "level", "PROVINCE", "validFrom", "2025-07-01");
    }

    static Map<String, Object> commune(String code, String fullName, Long parentId) {
        return Map.of("code", code, "name", fullName.replace("Xã ", ""), "fullName", fullName,
                "level", "COMMUNE", "parentId", parentId, "validFrom", "2025-07-01");
    }

    static Map<String, Object> create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(AREAS)
                .then().statusCode(201).extract().jsonPath().getMap("");
    }

    private static void badParam(Map<String, String> params, String field) {
        given().queryParams(params).header("Accept-Language", "en").get(AREAS).then().statusCode(400)
                .contentType(startsWith(PROBLEM)).body("errors.field", hasItem(field))
                .body("title", equalTo("Invalid data")).body("errors", not(empty()));
    }
}
