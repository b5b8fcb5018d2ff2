package vn.ocop.api.producer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.security.TestTokens;

@QuarkusTest
class ProducerResourceTest {

    /** Every request of this class is sent as a national administrator (see docs/security.md). */
    @BeforeEach
    void signIn() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
    }

    private static final String PRODUCERS = "/api/v1/producers";
    private static final String PROBLEM = "application/problem+json";

    @Inject
    EntityManager em;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void createReturns201WithLocationAndETagThenGet() {
        String code = code();
        Response created = given().contentType(ContentType.JSON).body(producer("Hợp tác xã Đoàn Kết", code, tanKy()))
                .post(PRODUCERS);
        created.then().statusCode(201).header("Location", notNullValue()).header("ETag", "\"0\"")
                .body("name", equalTo("Hợp tác xã Đoàn Kết")).body("type", equalTo("COOPERATIVE"))
                .body("registrationCode", equalTo(code)).body("representativeWoman", equalTo(true))
                .body("areaId", equalTo(tanKy().intValue()));
        given().get(created.header("Location")).then().statusCode(200).header("ETag", "\"0\"")
                .body("representativeName", equalTo("Nguyễn Thị Hạnh"))
                .body("areaPath", startsWith("/")).body("email", equalTo("htx.doanket@example.vn"));
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        String tag = code();
        create(producer("Hợp tác xã Đoàn Kết " + tag, code(), tanKy()));
        create(producer("Hộ kinh doanh Hà Ngọc Sáng " + tag, code(), tanKy(), "HOUSEHOLD_BUSINESS"));
        given().queryParam("q", "hop tac xa doan ket " + tag).get(PRODUCERS).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].name", equalTo("Hợp tác xã Đoàn Kết " + tag));
        given().queryParam("q", "HÀ NGỌC sang " + tag).get(PRODUCERS).then()
                .body("total", equalTo(1)).body("items[0].type", equalTo("HOUSEHOLD_BUSINESS"));
        given().queryParam("q", tag).queryParam("type", "household_business").get(PRODUCERS).then()
                .body("total", equalTo(1));
        given().queryParam("q", "50%_" + tag).get(PRODUCERS).then().body("total", equalTo(0));
    }

    @Test
    void areaFilterIncludesSubAreas() {
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        Long province = area(Map.of("code", "P" + tag, "name", "Thử " + tag, "level", "PROVINCE",
                "validFrom", "2025-07-01"));
        Long commune = area(Map.of("code", "C" + tag, "name", "Đồng Tâm " + tag, "level", "COMMUNE",
                "parentId", province, "validFrom", "2025-07-01"));
        Long other = area(Map.of("code", "O" + tag, "name", "Khác " + tag, "level", "PROVINCE",
                "validFrom", "2025-07-01"));
        String inCommune = code();
        create(producer("Trang trại Đồng Tâm", inCommune, commune, "FARM"));
        create(producer("Doanh nghiệp Tỉnh", code(), province, "ENTERPRISE"));
        create(producer("Tổ hợp tác Khác", code(), other, "COOPERATIVE_GROUP"));

        given().queryParam("areaId", province).queryParam("sort", "name").get(PRODUCERS).then().statusCode(200)
                .body("total", equalTo(2)).body("items.name", equalTo(List.of("Doanh nghiệp Tỉnh", "Trang trại Đồng Tâm")));
        given().queryParam("areaId", commune).get(PRODUCERS).then().body("total", equalTo(1));
        given().queryParam("registrationCode", inCommune).get(PRODUCERS).then()
                .body("total", equalTo(1)).body("items[0].name", equalTo("Trang trại Đồng Tâm"));
        given().queryParam("areaId", 999999999).get(PRODUCERS).then().statusCode(400)
                .body("errors[0].field", equalTo("areaId"));
    }

    @Test
    void listPagesAndRefusesBadParameters() {
        String tag = code();
        for (int i = 0; i < 3; i++) {
            create(producer("Hợp tác xã Linh Ngọc " + tag + " " + i, code(), tanKy()));
        }
        given().queryParam("q", "linh ngoc " + tag).queryParam("size", 2).queryParam("page", 1)
                .queryParam("sort", "-name").get(PRODUCERS).then().statusCode(200)
                .body("total", equalTo(3)).body("items.name", equalTo(List.of("Hợp tác xã Linh Ngọc " + tag + " 0")));
        bad(Map.of("type", "KOLKHOZ"), "type");
        bad(Map.of("areaId", "ten"), "areaId");
        bad(Map.of("page", "-2"), "page");
        bad(Map.of("size", "500"), "size");
        bad(Map.of("sort", "password"), "sort");
    }

    @Test
    void createRefusesMissingAndBadFieldsInEnglish() {
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(Map.of()).post(PRODUCERS)
                .then().statusCode(400).contentType(startsWith(PROBLEM)).body("title", equalTo("Invalid data"))
                .body("errors.field", hasItems("name", "type", "registrationCode", "areaId"));
        Map<String, Object> body = new HashMap<>(producer("Hợp tác xã Sai", code(), tanKy()));
        body.put("email", "not-an-email");
        body.put("phone", "call me");
        body.put("website", "ht tp://x");
        given().contentType(ContentType.JSON).body(body).post(PRODUCERS).then().statusCode(400)
                .body("errors.field", hasItems("email", "phone", "website"));
        body = new HashMap<>(producer("Hợp tác xã Sai", code(), tanKy()));
        body.put("type", "KOLKHOZ");
        given().contentType(ContentType.JSON).body(body).post(PRODUCERS).then().statusCode(400)
                .contentType(startsWith(PROBLEM)).body("errors.field", hasItem("type"));
        given().contentType(ContentType.JSON).body("{\"name\": \"Hợp tác xã\",").post(PRODUCERS).then()
                .statusCode(400).contentType(startsWith(PROBLEM));
        given().contentType(ContentType.JSON).body("").post(PRODUCERS).then().statusCode(400)
                .contentType(startsWith(PROBLEM));
    }

    @Test
    void areaMustExistAndBeInForceToday() {
        given().contentType(ContentType.JSON).body(producer("Hợp tác xã Ma", code(), 999999999L)).post(PRODUCERS)
                .then().statusCode(400).body("errors[0].field", equalTo("areaId"));
        Long haSon = given().queryParam("q", "xa ha son").queryParam("validOn", "2023-06-01")
                .get("/api/v1/areas").jsonPath().getLong("items[0].id");
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(producer("Hợp tác xã An Ninh", code(), haSon)).post(PRODUCERS)
                .then().statusCode(400).body("errors[0].field", equalTo("areaId"))
                .body("errors[0].reason", startsWith("administrative unit " + haSon + " is not in force"));
    }

    @Test
    void duplicateRegistrationCodeIs409() {
        String code = code();
        create(producer("Hợp tác xã Trà Hạnh Phúc", code, tanKy()));
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(producer("Hợp tác xã Khác", code, tanKy())).post(PRODUCERS)
                .then().statusCode(409).contentType(startsWith(PROBLEM))
                .body("errors[0].field", equalTo("registrationCode"))
                .body("errors[0].reason", equalTo("registration code " + code + " is already used by another producer"));
    }

    @Test
    void concurrentCreationsWithOneCodeGiveOne201AndOnly409s() throws Exception {
        String code = code();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String name = "Hợp tác xã Song Song " + i;
                calls.add(() -> given().contentType(ContentType.JSON).body(producer(name, code, tanKy()))
                        .post(PRODUCERS).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        given().queryParam("registrationCode", code).get(PRODUCERS).then().body("total", equalTo(1));
    }

    @Test
    void updateNeedsCurrentIfMatch() {
        String code = code();
        Response created = create(producer("Hợp tác xã Nếp Nương", code, tanKy()));
        String url = created.header("Location");
        Map<String, Object> changed = new HashMap<>(producer("Hợp tác xã nông nghiệp sạch Tân Sơn", code, tanKy()));
        changed.put("representativeEthnicMinority", true);

        given().contentType(ContentType.JSON).body(changed).put(url).then().statusCode(428)
                .contentType(startsWith(PROBLEM));
        given().contentType(ContentType.JSON).header("If-Match", "\"5\"").body(changed).put(url).then()
                .statusCode(412).contentType(startsWith(PROBLEM));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed).put(url).then()
                .statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("Hợp tác xã nông nghiệp sạch Tân Sơn"))
                .body("representativeEthnicMinority", equalTo(true));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed).put(url).then()
                .statusCode(412);
        given().queryParam("q", "nong nghiep sach tan son").queryParam("registrationCode", code).get(PRODUCERS)
                .then().body("total", equalTo(1));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .put(PRODUCERS + "/999999999").then().statusCode(404);
    }

    @Test
    void updateToAnotherProducersCodeIs409AndChangesNothing() {
        String taken = code();
        create(producer("Hợp tác xã Một", taken, tanKy()));
        String url = create(producer("Hợp tác xã Hai", code(), tanKy())).header("Location");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(producer("Hợp tác xã Hai Đổi", taken, tanKy())).put(url).then().statusCode(409)
                .body("errors[0].field", equalTo("registrationCode"));
        given().get(url).then().body("name", equalTo("Hợp tác xã Hai")).header("ETag", "\"0\"");
    }

    @Test
    void deleteNeedsIfMatchAndNoProducts() {
        String url = create(producer("Hợp tác xã Xóa", code(), tanKy())).header("Location");
        given().delete(url).then().statusCode(428);
        given().header("If-Match", "\"3\"").delete(url).then().statusCode(412);
        given().header("If-Match", "\"0\"").delete(url).then().statusCode(204);
        given().get(url).then().statusCode(404);
        given().header("If-Match", "\"0\"").delete(url).then().statusCode(404);

        Response withProduct = create(producer("Hợp tác xã Có Sản Phẩm", code(), tanKy()));
        long id = withProduct.jsonPath().getLong("id");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into product (name, search_key,"
                + " producer_id, product_set_code, product_group, stage, area_id, area_path, version, created_at,"
                + " updated_at) select 'Ô mai mơ gừng', 'o mai mo gung', id, 'FOOD_PROCESSED', 'FOOD',"
                + " 'IDEA_REGISTERED', area_id, area_path, 0, current_timestamp, current_timestamp"
                + " from producer where id = " + id).executeUpdate());
        given().header("If-Match", "\"0\"").header("Accept-Language", "en").delete(withProduct.header("Location"))
                .then().statusCode(409).contentType(startsWith(PROBLEM))
                .body("detail", equalTo("Producer " + id + " still has products and cannot be deleted."));
        given().get(withProduct.header("Location")).then().statusCode(200);
    }

    // ---- helpers ----

    private static String code() {
        return "46" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
    }

    private static Long tanKy() {
        return given().get("/api/v1/areas/by-code/02104").then().statusCode(200).extract().jsonPath().getLong("id");
    }

    private static Long area(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/areas").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static Map<String, Object> producer(String name, String code, Long areaId) {
        return producer(name, code, areaId, "COOPERATIVE");
    }

    static Map<String, Object> producer(String name, String code, Long areaId, String type) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("type", type);
        body.put("registrationCode", code);
        body.put("taxCode", null);
        body.put("citizenId", null);
        body.put("representativeName", "Nguyễn Thị Hạnh");
        body.put("representativeWoman", true);
        body.put("representativeEthnicMinority", false);
        body.put("addressLine", "Xóm Đồng Tâm");
        body.put("areaId", areaId);
        body.put("phone", "0208 3851 234");
        body.put("email", "htx.doanket@example.vn");
        body.put("website", "https://doanket.example.vn");
        return body;
    }

    private static Response create(Map<String, Object> body) {
        Response response = given().contentType(ContentType.JSON).body(body).post(PRODUCERS);
        response.then().statusCode(201);
        return response;
    }

    private static void bad(Map<String, String> params, String field) {
        given().queryParams(params).get(PRODUCERS).then().statusCode(400).contentType(startsWith(PROBLEM))
                .body("errors.field", hasItem(field)).body("errors.field", not(hasItem("")));
    }
}
