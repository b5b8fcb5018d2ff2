package vn.ocop.api.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.common.FullBodies;
import vn.ocop.api.plan.PlanRequest;
import vn.ocop.api.producer.ProducerRequest;
import vn.ocop.api.product.ProductRequest;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.producer.Producer;
import vn.ocop.api.product.Product;

/**
 * Cross-area attempts on every writable resource: an officer of commune X (or of another province) reading,
 * changing or deleting producers, products and plans of commune Y gets 404 and changes nothing, and lists do not
 * show them; creations that name an area or producer outside the caller's reach are 400 on that field; a
 * PRODUCER account reaches only its own record and products.
 */
@QuarkusTest
class CrossAreaAccessTest {

    @Inject
    SecurityTestData data;

    String u;
    Area province;
    Area communeX;
    Area communeY;
    Area otherProvince;
    Producer producerY;
    Producer producerX;
    Product productY;
    long planY;
    String officerX;
    String officerY;
    String provinceOfficer;
    String otherProvinceOfficer;

    @BeforeEach
    void records() {
        u = SecurityTestData.unique();
        province = data.area("P" + u.substring(0, 6), "Tỉnh Thử " + u, AreaLevel.PROVINCE, null);
        communeX = data.area("X" + u.substring(0, 6), "Xã Tân Kỳ " + u, AreaLevel.COMMUNE, province);
        communeY = data.area("Y" + u.substring(0, 6), "Xã Yên Lạc " + u, AreaLevel.COMMUNE, province);
        otherProvince = data.area("Q" + u.substring(0, 6), "Tỉnh Khác " + u, AreaLevel.PROVINCE, null);
        producerX = data.producer("Hợp tác xã Tân Kỳ " + u, communeX);
        producerY = data.producer("Hợp tác xã Yên Lạc " + u, communeY);
        productY = data.product("Miến dong Yên Lạc " + u, producerY, "FOOD");
        officerX = TestTokens.officer(Role.COMMUNE, communeX.path);
        officerY = TestTokens.officer(Role.COMMUNE, communeY.path);
        provinceOfficer = TestTokens.officer(Role.PROVINCE, province.path);
        otherProvinceOfficer = TestTokens.officer(Role.PROVINCE, otherProvince.path);
        planY = given().auth().oauth2(officerY).contentType(ContentType.JSON)
                .body(Map.of("areaId", communeY.id, "year", 2025, "title", "Kế hoạch OCOP xã Yên Lạc " + u))
                .post("/api/v1/plans").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void producersOfAnotherCommuneAreNotFoundNotChangedAndNotListed() {
        String url = "/api/v1/producers/" + producerY.id;
        Map<String, Object> changed = producerBody("Hợp tác xã Đổi Tên", producerY.registrationCode, communeY.id);
        for (String outsider : List.of(officerX, otherProvinceOfficer)) {
            given().auth().oauth2(outsider).get(url).then().statusCode(404)
                    .contentType(startsWith("application/problem+json"));
            given().auth().oauth2(outsider).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                    .put(url).then().statusCode(404);
            given().auth().oauth2(outsider).header("If-Match", "\"0\"").delete(url).then().statusCode(404);
            given().auth().oauth2(outsider).get("/api/v1/producers?q=" + u).then().statusCode(200)
                    .body("total", equalTo(outsider.equals(officerX) ? 1 : 0))
                    .body("items.id", not(hasItem(producerY.id.intValue())));
        }
        given().auth().oauth2(TestTokens.admin()).get(url).then().statusCode(200)
                .header("ETag", "\"0\"").body("name", equalTo(producerY.name));

        // The officers of Y and of the province reach it, and Y's officer may change it.
        given().auth().oauth2(provinceOfficer).get("/api/v1/producers?q=" + u).then().statusCode(200)
                .body("total", equalTo(2));
        given().auth().oauth2(officerY).get("/api/v1/producers?q=" + u).then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(producerY.id.intValue()));
        given().auth().oauth2(officerY).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .put(url).then().statusCode(200).body("name", equalTo("Hợp tác xã Đổi Tên"));
    }

    @Test
    void productsOfAnotherCommuneAreNotFoundNotChangedAndNotListed() {
        String url = "/api/v1/products/" + productY.id;
        Map<String, Object> changed = FullBodies.of(ProductRequest.class, Map.of("name", "Miến dong đổi tên",
                "producerId", producerY.id, "productSetCode", "FOOD_FRESH_PRODUCE", "stage", "IDEA_REGISTERED"));
        for (String outsider : List.of(officerX, otherProvinceOfficer)) {
            given().auth().oauth2(outsider).get(url).then().statusCode(404);
            given().auth().oauth2(outsider).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                    .put(url).then().statusCode(404);
            given().auth().oauth2(outsider).header("If-Match", "\"0\"").delete(url).then().statusCode(404);
            given().auth().oauth2(outsider).header("If-Match", "\"0\"").post(url + "/product-code").then()
                    .statusCode(404);
            given().auth().oauth2(outsider).get("/api/v1/products?q=" + u).then().statusCode(200)
                    .body("total", equalTo(0));
        }
        given().auth().oauth2(TestTokens.admin()).get(url).then().statusCode(200)
                .header("ETag", "\"0\"").body("name", equalTo(productY.name));
        given().auth().oauth2(provinceOfficer).get("/api/v1/products?q=" + u).then().body("total", equalTo(1));
        given().auth().oauth2(officerY).get("/api/v1/products?q=" + u).then().body("total", equalTo(1))
                .body("items[0].id", equalTo(productY.id.intValue()));
    }

    @Test
    void plansOfAnotherCommuneAreNotFoundNotChangedAndNotListed() {
        String url = "/api/v1/plans/" + planY;
        Map<String, Object> changed = FullBodies.of(PlanRequest.class,
                Map.of("areaId", communeY.id, "year", 2026, "title", "Đổi kế hoạch"));
        // Read (and cached) by an officer of the area first: outsiders must still be refused.
        given().auth().oauth2(officerY).get(url + "/progress").then().statusCode(200);
        for (String outsider : List.of(officerX, otherProvinceOfficer)) {
            given().auth().oauth2(outsider).get(url).then().statusCode(404);
            given().auth().oauth2(outsider).get(url + "/progress").then().statusCode(404);
            given().auth().oauth2(outsider).get(url + "/targets").then().statusCode(404);
            given().auth().oauth2(outsider).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                    .put(url).then().statusCode(404);
            given().auth().oauth2(outsider).contentType(ContentType.JSON)
                    .body(Map.of("kind", "FAIRS", "quantity", 1)).post(url + "/targets").then().statusCode(404);
            given().auth().oauth2(outsider).contentType(ContentType.JSON)
                    .body(Map.of("title", "Mốc", "dueOn", "2025-06-30")).post(url + "/milestones").then()
                    .statusCode(404);
            given().auth().oauth2(outsider).contentType(ContentType.JSON)
                    .body(Map.of("kind", "FAIR", "title", "Hội chợ", "heldOn", "2025-06-30"))
                    .post(url + "/activities").then().statusCode(404);
            given().auth().oauth2(outsider).header("If-Match", "\"0\"").delete(url).then().statusCode(404);
            given().auth().oauth2(outsider).get("/api/v1/plans?areaId=" + province.id).then().statusCode(200)
                    .body("total", equalTo(0));
        }
        given().auth().oauth2(TestTokens.admin()).get(url).then().statusCode(200).header("ETag", "\"0\"")
                .body("year", equalTo(2025));
        given().auth().oauth2(provinceOfficer).get("/api/v1/plans?areaId=" + province.id).then()
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) planY));
        given().auth().oauth2(officerY).get(url + "/progress").then().statusCode(200);
    }

    @Test
    void createsNamingAnAreaOrProducerOutsideTheCallerAreRefusedOnThatField() {
        given().auth().oauth2(officerX).contentType(ContentType.JSON)
                .body(producerBody("Hợp tác xã Lấn Sân", "LS-" + u, communeY.id))
                .post("/api/v1/producers").then().statusCode(400).body("errors[0].field", equalTo("areaId"));
        given().auth().oauth2(officerX).contentType(ContentType.JSON)
                .body(Map.of("name", "Chè lấn sân", "producerId", producerY.id, "productSetCode",
                        "FOOD_FRESH_PRODUCE"))
                .post("/api/v1/products").then().statusCode(400).body("errors[0].field", equalTo("producerId"));
        given().auth().oauth2(officerX).contentType(ContentType.JSON)
                .body(Map.of("name", "Chè lấn sân", "producerId", producerX.id, "productSetCode",
                        "FOOD_FRESH_PRODUCE", "areaId", communeY.id))
                .post("/api/v1/products").then().statusCode(400).body("errors[0].field", equalTo("areaId"));
        given().auth().oauth2(officerX).contentType(ContentType.JSON)
                .body(Map.of("areaId", province.id, "year", 2025, "title", "Kế hoạch cấp tỉnh"))
                .post("/api/v1/plans").then().statusCode(400).body("errors[0].field", equalTo("areaId"));
        long planX = given().auth().oauth2(officerX).contentType(ContentType.JSON)
                .body(Map.of("areaId", communeX.id, "year", 2025, "title", "Kế hoạch OCOP xã Tân Kỳ"))
                .post("/api/v1/plans").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(officerX).contentType(ContentType.JSON)
                .body(Map.of("kind", "TRAINING_CLASS", "title", "Lớp tập huấn", "heldOn", "2025-06-30",
                        "producerIds", List.of(producerX.id, producerY.id)))
                .post("/api/v1/plans/" + planX + "/activities").then().statusCode(400)
                .body("errors.field", equalTo(List.of("producerIds[1]")));
        // Moving one's own plan or producer out of one's area is refused the same way, and nothing changes.
        given().auth().oauth2(officerX).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(FullBodies.of(PlanRequest.class,
                        Map.of("areaId", communeY.id, "year", 2025, "title", "Kế hoạch chuyển đi")))
                .put("/api/v1/plans/" + planX).then().statusCode(400).body("errors[0].field", equalTo("areaId"));
        given().auth().oauth2(officerX).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(producerBody(producerX.name, producerX.registrationCode, communeY.id))
                .put("/api/v1/producers/" + producerX.id).then().statusCode(400)
                .body("errors[0].field", equalTo("areaId"));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/producers?q=" + u).then().body("total", equalTo(2));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/producers/" + producerX.id).then()
                .header("ETag", "\"0\"").body("areaId", equalTo(communeX.id.intValue()));
    }

    @Test
    void aProducerReachesOnlyItsOwnRecordAndProducts() {
        String own = TestTokens.producer(producerX.id);
        given().auth().oauth2(own).get("/api/v1/producers/" + producerX.id).then().statusCode(200);
        given().auth().oauth2(own).get("/api/v1/producers/" + producerY.id).then().statusCode(404);
        given().auth().oauth2(own).get("/api/v1/producers").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(producerX.id.intValue()));
        given().auth().oauth2(own).get("/api/v1/products/" + productY.id).then().statusCode(404);

        // Its own products: create, list, change; never for another producer.
        long productX = given().auth().oauth2(own).contentType(ContentType.JSON)
                .body(Map.of("name", "Chè búp Tân Kỳ", "producerId", producerX.id, "productSetCode",
                        "FOOD_FRESH_PRODUCE"))
                .post("/api/v1/products").then().statusCode(201).body("producerId", equalTo(producerX.id.intValue()))
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(own).contentType(ContentType.JSON)
                .body(Map.of("name", "Chè mạo danh", "producerId", producerY.id, "productSetCode",
                        "FOOD_FRESH_PRODUCE"))
                .post("/api/v1/products").then().statusCode(400).body("errors[0].field", equalTo("producerId"));
        given().auth().oauth2(own).contentType(ContentType.JSON)
                .body(Map.of("name", "Chè nơi khác", "producerId", producerX.id, "productSetCode",
                        "FOOD_FRESH_PRODUCE", "areaId", communeY.id))
                .post("/api/v1/products").then().statusCode(400).body("errors[0].field", equalTo("areaId"));
        given().auth().oauth2(own).get("/api/v1/products").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo((int) productX));
        given().auth().oauth2(own).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(FullBodies.of(ProductRequest.class, Map.of("name", "Chè búp Tân Kỳ loại 1",
                        "producerId", producerX.id, "productSetCode", "FOOD_FRESH_PRODUCE", "stage", "IDEA_REGISTERED")))
                .put("/api/v1/products/" + productX).then().statusCode(200).body("name", equalTo("Chè búp Tân Kỳ loại 1"));
        given().auth().oauth2(own).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(FullBodies.of(ProductRequest.class, Map.of("name", "Chè chuyển chủ",
                        "producerId", producerY.id, "productSetCode", "FOOD_FRESH_PRODUCE", "stage", "IDEA_REGISTERED")))
                .put("/api/v1/products/" + productX).then().statusCode(400)
                .body("errors[0].field", equalTo("producerId"));

        // Its own record: may edit, may not move it to another unit, delete it or assign official codes.
        given().auth().oauth2(own).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(producerBody("Hợp tác xã Tân Kỳ mới " + u, producerX.registrationCode, communeX.id))
                .put("/api/v1/producers/" + producerX.id).then().statusCode(200);
        given().auth().oauth2(own).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(producerBody("Hợp tác xã Tân Kỳ mới " + u, producerX.registrationCode, communeY.id))
                .put("/api/v1/producers/" + producerX.id).then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2(own).header("If-Match", "\"1\"").delete("/api/v1/producers/" + producerX.id).then()
                .statusCode(403);
        given().auth().oauth2(own).header("If-Match", "\"1\"").post("/api/v1/products/" + productX + "/product-code")
                .then().statusCode(403);
        given().auth().oauth2(own).get("/api/v1/plans/" + planY).then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/producers/" + producerX.id).then()
                .header("ETag", "\"1\"").body("areaId", equalTo(communeX.id.intValue()));

        // Another producer's account sees none of it.
        String other = TestTokens.producer(producerY.id);
        given().auth().oauth2(other).get("/api/v1/products/" + productX).then().statusCode(404);
        given().auth().oauth2(other).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(FullBodies.of(ProductRequest.class, Map.of("name", "Chè bị sửa", "producerId", producerY.id,
                        "productSetCode", "FOOD_FRESH_PRODUCE", "stage", "IDEA_REGISTERED")))
                .put("/api/v1/products/" + productX).then().statusCode(404);
        given().auth().oauth2(other).header("If-Match", "\"1\"").delete("/api/v1/products/" + productX).then()
                .statusCode(404);
        given().auth().oauth2(other).get("/api/v1/products?q=" + u).then().body("total", equalTo(1))
                .body("items[0].id", equalTo(productY.id.intValue()));
    }

    private static Map<String, Object> producerBody(String name, String registrationCode, long areaId) {
        return FullBodies.of(ProducerRequest.class,
                Map.of("name", name, "type", "COOPERATIVE", "registrationCode", registrationCode, "areaId", areaId));
    }
}
