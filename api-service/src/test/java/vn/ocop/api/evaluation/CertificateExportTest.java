package vn.ocop.api.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.common.export.ExportFiles;
import vn.ocop.api.security.Role;
import vn.ocop.api.security.TestTokens;

/** The certificate list exported as CSV and XLSX by content negotiation (issue 16 §2). */
@QuarkusTest
class CertificateExportTest {

    private static final String CERTIFICATES = "/api/v1/certificates";
    private static final int COLUMNS = 20;

    @Inject
    EvaluationFixtures fixtures;

    private long province;
    private long commune;
    private long valid;
    private long revoked;

    @BeforeEach
    void certify() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
        province = fixtures.area("Thái Nguyên", AreaLevel.PROVINCE, null);
        commune = fixtures.area("Tân Cương", AreaLevel.COMMUNE, province);
        long otherProvince = fixtures.area("Điện Biên", AreaLevel.PROVINCE, null);
        long tea = fixtures.product("Chè Tân Cương \"đặc sản\" " + EvaluationFixtures.unique(), "HTX Chè Hảo Đạt", commune);
        long honey = fixtures.product("Mật ong hoa nhãn " + EvaluationFixtures.unique(), "Tổ hợp tác Ong Đồi", commune);
        long rice = fixtures.product("Gạo Séng Cù " + EvaluationFixtures.unique(), "HTX Mường Thanh", otherProvince);
        LocalDate today = LocalDate.now(vn.ocop.api.common.time.ClockProducer.VIETNAM);
        valid = fixtures.paperCertificate(tea, 4, "QD-148-2023", today.minusMonths(6));
        revoked = fixtures.paperCertificate(honey, 3, "QD-148-2023", today.minusMonths(3));
        fixtures.paperCertificate(rice, 3, "QD-148-2023", today.minusMonths(3));
        String etag = given().get(CERTIFICATES + "/" + revoked).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("ground", "NO_LONGER_MEETS_CRITERIA", "revokedOn", today.toString(),
                        "revokingLevel", "PROVINCE", "revokingBody", "UBND tỉnh Thái Nguyên"))
                .post(CERTIFICATES + "/" + revoked + "/revocation").then().statusCode(200);
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
    }

    @Test
    void csvHoldsEveryCertificateOfTheJsonListWithStandingAndOfficialCodes() {
        byte[] bytes = given().accept(ExportFiles.CSV).queryParam("areaId", province).queryParam("size", 1)
                .get(CERTIFICATES).then().statusCode(200).contentType(startsWith(ExportFiles.CSV))
                .header("Content-Disposition", containsString("certificates.csv")).extract().asByteArray();
        List<List<String>> rows = ExportFiles.csv(bytes);
        assertThat(rows.get(0)).hasSize(COLUMNS).contains("Số giấy chứng nhận", "Hạng sao", "Tình trạng",
                "Ngày hết hạn", "Lý do thu hồi", "Mã tỉnh", "Mã xã");
        List<List<String>> body = rows.subList(1, rows.size());
        assertThat(body).containsExactlyElementsOf(expected(Map.of("areaId", province)));
        assertThat(body).hasSize(2);
        List<String> revokedRow = body.stream().filter(r -> r.get(0).equals(String.valueOf(revoked))).findFirst()
                .orElseThrow();
        assertThat(revokedRow.get(14)).isEqualTo("REVOKED");
        assertThat(revokedRow.get(17)).isEqualTo("NO_LONGER_MEETS_CRITERIA");
        String provinceCode = given().get("/api/v1/areas/" + province).then().extract().path("code");
        String communeCode = given().get("/api/v1/areas/" + commune).then().extract().path("code");
        assertThat(body).allSatisfy(r -> assertThat(r.subList(18, 20)).containsExactly(provinceCode, communeCode));
    }

    @Test
    void xlsxHoldsTheSameRowsAndFiltersApply() {
        byte[] bytes = given().accept(ExportFiles.XLSX).queryParam("areaId", province).queryParam("status", "VALID")
                .get(CERTIFICATES).then().statusCode(200).contentType(startsWith(ExportFiles.XLSX))
                .extract().asByteArray();
        List<List<String>> rows = ExportFiles.xlsx(bytes, COLUMNS);
        assertThat(rows.subList(1, rows.size())).containsExactlyElementsOf(
                expected(Map.of("areaId", province, "status", "VALID")));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(0)).isEqualTo(String.valueOf(valid));
    }

    @Test
    void aCommuneOfficerExportsOnlyItsOwnArea() {
        TestTokens.authenticateEveryRequest(TestTokens.officer(Role.COMMUNE, fixtures.areaPath(commune)));
        List<List<String>> rows = ExportFiles.csv(given().accept(ExportFiles.CSV).get(CERTIFICATES).then()
                .statusCode(200).extract().asByteArray());
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0))
                .containsExactlyInAnyOrder(String.valueOf(valid), String.valueOf(revoked));
    }

    @Test
    void aBadFilterIsA400BeforeAnyFileIsSent() {
        given().accept(ExportFiles.CSV).queryParam("status", "LOST").get(CERTIFICATES).then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        given().accept("application/xml").get(CERTIFICATES).then().statusCode(406);
    }

    /** The JSON list (every page) for the same filter, as the export's first 18 columns plus the unit codes. */
    private List<List<String>> expected(Map<String, Object> filter) {
        List<List<String>> rows = new ArrayList<>();
        List<Map<String, Object>> items = given().queryParams(filter).queryParam("size", 200).queryParam("sort", "id")
                .get(CERTIFICATES).then().statusCode(200).extract().jsonPath().getList("items");
        String provinceCode = given().get("/api/v1/areas/" + province).then().extract().path("code");
        String communeCode = given().get("/api/v1/areas/" + commune).then().extract().path("code");
        for (Map<String, Object> c : items) {
            Map<String, Object> product = given().get("/api/v1/products/" + c.get("productId")).then()
                    .statusCode(200).extract().jsonPath().getMap("");
            rows.add(Arrays.asList(str(c.get("id")), str(c.get("number")), str(product.get("productCode")),
                    str(c.get("productName")), str(product.get("producerName")), str(c.get("stars")),
                    str(c.get("ruleSetId")), str(c.get("evaluationType")), str(c.get("decidingBody")),
                    str(c.get("decisionNumber")), str(c.get("decisionDate")), str(c.get("issuedOn")),
                    str(c.get("expiresOn")), str(c.get("validThrough")), str(c.get("status")), str(c.get("state")),
                    str(c.get("revokedOn")), str(c.get("revocationGround")), provinceCode, communeCode));
        }
        return rows;
    }

    private static String str(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
