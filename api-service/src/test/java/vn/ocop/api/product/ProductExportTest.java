package vn.ocop.api.product;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.common.export.ExportFiles;
import vn.ocop.api.security.Role;
import vn.ocop.api.security.TestTokens;

/** The product list exported as CSV and XLSX by content negotiation (issue 16 §2). */
@QuarkusTest
class ProductExportTest {

    private static final String PRODUCTS = "/api/v1/products";
    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ProductTestData data;

    private ProductTestData.Place place;
    private ProductTestData.Place other;
    private long producerId;
    private long otherProducerId;
    private String producerName;

    @BeforeEach
    void createProducts() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
        place = data.place();
        other = data.place();
        producerName = "Hợp tác xã Đoàn Kết " + UUID.randomUUID().toString().substring(0, 6);
        producerId = data.producer(producerName, place.communeId());
        otherProducerId = data.producer("Tổ hợp tác Mường Lò", other.communeId());
        long coded = create(producerId, "Ô mai mơ gừng mặn ngọt");
        given().header("If-Match", "\"0\"").post(PRODUCTS + "/" + coded + "/product-code?year=2025").then()
                .statusCode(200);
        create(producerId, "Chè Shan tuyết cổ thụ, \"đặc biệt\"");
        create(producerId, "Mật ong hoa nhãn");
        create(otherProducerId, "Gạo nếp cái hoa vàng");
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
    }

    @Test
    void csvHasABomVietnameseHeadersAndTheRowsOfTheJsonList() {
        ExtractableResponse<Response> csv = given().accept(CSV).queryParam("producerId", producerId)
                .queryParam("size", 1).get(PRODUCTS).then().statusCode(200)
                .contentType(startsWith(CSV))
                .header("Content-Disposition", containsString("attachment"))
                .header("Content-Disposition", containsString("products.csv"))
                .extract();
        byte[] bytes = csv.asByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = parseCsv(bytes);
        assertThat(rows.get(0)).containsExactlyElementsOf(ProductExport.HEADERS)
                .contains("Mã sản phẩm", "Tên sản phẩm", "Hạng sao", "Mã tỉnh", "Mã xã", "Chủ thể");
        // All rows, not the one page asked for with size=1.
        assertThat(rows.subList(1, rows.size())).containsExactlyElementsOf(expected(Map.of("producerId", producerId), place));
        assertThat(rows).hasSize(4);
        assertThat(rows.stream().map(r -> r.get(2))).contains("Chè Shan tuyết cổ thụ, \"đặc biệt\"");
        List<String> coded = rows.stream().filter(r -> r.get(2).equals("Ô mai mơ gừng mặn ngọt")).findFirst()
                .orElseThrow();
        assertThat(coded.get(1)).matches("\\d{2}-\\d{5}-001-2025")
                .isEqualTo(place.provinceCode() + "-" + place.communeCode() + "-001-2025");
        assertThat(coded.get(9)).isEqualTo(place.provinceCode());
        assertThat(coded.get(10)).isEqualTo(place.communeCode());
        assertThat(coded.get(3)).isEqualTo(producerName);
    }

    @Test
    void xlsxHoldsTheSameRows() throws Exception {
        byte[] bytes = given().accept(XLSX).queryParam("producerId", producerId).get(PRODUCTS).then()
                .statusCode(200).contentType(startsWith(XLSX))
                .header("Content-Disposition", containsString("products.xlsx"))
                .extract().asByteArray();
        List<List<String>> rows = parseXlsx(bytes);
        assertThat(rows.get(0)).containsExactlyElementsOf(ProductExport.HEADERS);
        assertThat(rows.subList(1, rows.size())).containsExactlyElementsOf(expected(Map.of("producerId", producerId), place));
        assertThat(rows).hasSize(4);
    }

    @Test
    void aCommuneOfficerExportsOnlyItsAreasProducts() {
        String areaPath = given().get(PRODUCTS + "?producerId=" + producerId).then().extract().jsonPath()
                .getString("items[0].areaPath");
        TestTokens.authenticateEveryRequest(TestTokens.officer(Role.COMMUNE, areaPath));
        List<List<String>> rows = parseCsv(given().accept(CSV).get(PRODUCTS).then().statusCode(200).extract()
                .asByteArray());
        List<List<String>> body = rows.subList(1, rows.size());
        assertThat(body).hasSize(3).allSatisfy(r -> assertThat(r.get(10)).isEqualTo(place.communeCode()));
        assertThat(body).containsExactlyElementsOf(expected(Map.of(), place));
        assertThat(body.stream().map(r -> r.get(2))).doesNotContain("Gạo nếp cái hoa vàng");
    }

    @Test
    void jsonStaysTheDefaultAndXmlIsNotAcceptable() {
        given().get(PRODUCTS + "?producerId=" + producerId).then().statusCode(200).contentType(ContentType.JSON);
        given().accept("*/*").get(PRODUCTS + "?producerId=" + producerId).then().statusCode(200)
                .contentType(ContentType.JSON);
        given().accept("application/xml").get(PRODUCTS).then().statusCode(406);
    }

    @Test
    void aBadFilterIsA400BeforeAnyFileIsSent() {
        given().accept(CSV).queryParam("stars", 9).get(PRODUCTS).then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }

    /** The JSON list (every page) for the same filter, as export rows, all in {@code place}. */
    private static List<List<String>> expected(Map<String, Object> filter, ProductTestData.Place place) {
        List<List<String>> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Map<String, Object>> items = given().queryParams(filter).queryParam("size", 200)
                    .queryParam("page", page).queryParam("sort", "id").get(PRODUCTS).then().statusCode(200)
                    .extract().jsonPath().getList("items");
            for (Map<String, Object> p : items) {
                rows.add(Arrays.asList(str(p.get("id")), str(p.get("productCode")), str(p.get("name")),
                        str(p.get("producerName")), str(p.get("producerId")), str(p.get("productSetCode")),
                        str(p.get("productGroup")), str(p.get("stage")), str(p.get("currentStars")),
                        place.provinceCode(), place.communeCode(), str(p.get("areaName"))));
            }
            if (items.size() < 200) {
                break;
            }
        }
        return rows;
    }

    private static String str(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    static List<List<String>> parseCsv(byte[] bytes) {
        return ExportFiles.csv(bytes);
    }

    static List<List<String>> parseXlsx(byte[] bytes) {
        return ExportFiles.xlsx(bytes, ProductExport.HEADERS.size());
    }

    private long create(long producer, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("producerId", producer);
        body.put("productSetCode", "FOOD_PROC_PRODUCE");
        return given().contentType(ContentType.JSON).body(body).post(PRODUCTS).then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }
}
