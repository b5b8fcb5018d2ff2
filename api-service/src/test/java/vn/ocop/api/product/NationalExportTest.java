package vn.ocop.api.product;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.common.export.ExportFiles;
import vn.ocop.api.common.time.ClockProducer;
import vn.ocop.api.security.Role;
import vn.ocop.api.security.TestTokens;

/** The national shapes (PTNT_OCOP, the national portal) of the certificates in force (issue 16 §2). */
@QuarkusTest
class NationalExportTest {

    private static final String PTNT = "/api/v1/exports/ptnt-ocop";
    private static final String PORTAL = "/api/v1/exports/national-portal";

    @Inject
    ProductTestData data;

    private ProductTestData.Place place;
    private long certificate;
    private String productCode;
    private String producerName;

    @BeforeEach
    void certify() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
        place = data.place();
        producerName = "Hợp tác xã Nấm Linh Chi An Ninh " + System.nanoTime();
        long producer = data.producer(producerName, place.communeId());
        long reishi = product(producer, "Nấm linh chi đỏ");
        productCode = given().header("If-Match", "\"0\"").post("/api/v1/products/" + reishi + "/product-code?year=2025")
                .then().statusCode(200).extract().path("productCode");
        certificate = data.certify(reishi, 4);
        long revoked = data.certify(product(producer, "Trà nấm linh chi"), 3);
        String etag = given().get("/api/v1/certificates/" + revoked).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("ground", "NO_LONGER_MEETS_CRITERIA", "revokedOn", "2025-01-15",
                        "revokingLevel", "PROVINCE", "revokingBody", "UBND tỉnh Hà Tĩnh"))
                .post("/api/v1/certificates/" + revoked + "/revocation").then().statusCode(200);
        ProductTestData.Place elsewhere = data.place();
        data.certify(product(data.producer("Tổ hợp tác Mường Lò", elsewhere.communeId()), "Gạo nếp cái hoa vàng"), 3);
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
    }

    @Test
    void ptntOcopRowsAreTheCertificatesInForceWithTheOfficialCodes() {
        int year = LocalDate.now(ClockProducer.VIETNAM).getYear();
        JsonPath json = given().queryParam("areaId", place.provinceId()).get(PTNT).then().statusCode(200)
                .contentType(ContentType.JSON).body("shape", equalTo("PTNT_OCOP")).extract().jsonPath();
        List<Map<String, Object>> items = json.getList("items");
        assertThat(items).hasSize(1);
        Map<String, Object> row = items.get(0);
        assertThat(row.keySet()).containsExactly("MA_OCOP", "Ma_DonViHanhChinh", "Ma_ThoiGian", "Ma_SanPham",
                "TenSanPham", "XepHang", "ChuTheSXKD", "DoanhThuNam", "TrangThai");
        assertThat(row.get("MA_OCOP")).isEqualTo((int) certificate);
        assertThat(row.get("Ma_DonViHanhChinh")).isEqualTo(place.communeCode());
        assertThat(row.get("Ma_ThoiGian")).isEqualTo(String.valueOf(year));
        assertThat(row.get("Ma_SanPham")).isEqualTo(productCode);
        assertThat(row.get("TenSanPham")).isEqualTo("Nấm linh chi đỏ");
        assertThat(row.get("XepHang")).isEqualTo("4*");
        assertThat(row.get("ChuTheSXKD")).isEqualTo(producerName);
        assertThat(row.get("DoanhThuNam")).isNull();
        assertThat(row.get("TrangThai")).isEqualTo("VALID");

        // On 31 December 2024 both certificates of the province were in force (the revocation came in 2025);
        // on 31 December 2023 neither was issued yet.
        given().queryParam("areaId", place.provinceId()).queryParam("year", 2024).get(PTNT).then()
                .body("asOf", equalTo("2024-12-31")).body("items.size()", equalTo(2))
                .body("items.Ma_ThoiGian", org.hamcrest.Matchers.everyItem(equalTo("2024")));
        given().queryParam("areaId", place.provinceId()).queryParam("year", 2023).get(PTNT).then()
                .body("items.size()", equalTo(0));

        List<List<String>> csv = ExportFiles.csv(given().accept(ExportFiles.CSV).queryParam("areaId", place.provinceId())
                .get(PTNT).then().statusCode(200).contentType(startsWith(ExportFiles.CSV)).extract().asByteArray());
        assertThat(csv.get(0)).containsExactly("MA_OCOP", "Ma_DonViHanhChinh", "Ma_ThoiGian", "Ma_SanPham",
                "TenSanPham", "XepHang", "ChuTheSXKD", "DoanhThuNam", "TrangThai");
        assertThat(csv.subList(1, csv.size())).containsExactly(List.of(String.valueOf(certificate),
                place.communeCode(), String.valueOf(year), productCode, "Nấm linh chi đỏ", "4*", producerName, "",
                "VALID"));
    }

    @Test
    void nationalPortalRecordsCarryTheManufacturersPublicContact() {
        Map<String, Object> record = given().queryParam("areaId", place.provinceId()).get(PORTAL).then()
                .statusCode(200).body("items.size()", equalTo(1)).extract().jsonPath().getMap("items[0]");
        assertThat(record).containsEntry("productName", "Nấm linh chi đỏ").containsEntry("stars", 4)
                .containsEntry("issuedOn", "2024-11-20").containsEntry("expiresOn", "2027-11-20")
                .containsEntry("manufacturerName", producerName).containsEntry("representative", "Nguyễn Thị Hoà")
                .containsEntry("productCode", productCode).containsEntry("provinceCode", place.provinceCode())
                .containsEntry("communeCode", place.communeCode());
        assertThat((String) record.get("address")).contains("Xã Sơn Hà").contains("Tỉnh Hà Tĩnh");
        assertThat(record).doesNotContainKeys("citizenId", "taxCode");

        List<List<String>> xlsx = ExportFiles.xlsx(given().accept(ExportFiles.XLSX)
                .queryParam("areaId", place.provinceId()).get(PORTAL).then().statusCode(200)
                .contentType(startsWith(ExportFiles.XLSX)).extract().asByteArray(), 13);
        assertThat(xlsx).hasSize(2);
        assertThat(xlsx.get(1).get(0)).isEqualTo("Nấm linh chi đỏ");
        assertThat(xlsx.get(1).get(5)).isEqualTo(producerName);
    }

    @Test
    void theCallersAreaBoundsTheRowsAndBadParametersAre400() {
        TestTokens.authenticateEveryRequest(TestTokens.officer(Role.COMMUNE,
                given().auth().oauth2(TestTokens.admin()).get("/api/v1/areas/" + place.communeId()).then()
                        .extract().path("path")));
        given().get(PTNT).then().statusCode(200).body("items.MA_OCOP", equalTo(List.of((int) certificate)));
        given().queryParam("year", 2999).get(PTNT).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("year"));
        given().queryParam("areaId", "abc").get(PORTAL).then().statusCode(400)
                .body("errors[0].field", equalTo("areaId"));
        TestTokens.authenticateEveryRequest(TestTokens.producer(1L));
        given().get(PTNT).then().statusCode(403);
    }

    private static long product(long producer, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("producerId", producer);
        body.put("productSetCode", "FOOD_PROC_PRODUCE");
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/products").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
