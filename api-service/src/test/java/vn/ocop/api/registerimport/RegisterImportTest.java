package vn.ocop.api.registerimport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.AreaSamples;
import vn.ocop.api.security.Role;
import vn.ocop.api.security.TestTokens;

/**
 * The register import: dry run errors by row and column, commit all-or-nothing, the same file again, XLSX and CSV
 * with a BOM, legacy area codes mapped through the area history, and the Ninh Bình 2021 plan moving once its
 * register is imported.
 */
@QuarkusTest
// A database of its own: the sample units carry real codes ("01", "001"), which units made up by other tests with
// random codes may also hold on the same days; a code is resolved with its date, so such a twin is ambiguous.
@io.quarkus.test.junit.TestProfile(RegisterImportTest.OwnDatabase.class)
class RegisterImportTest {

    /** A database of its own on H2; on PostgreSQL Flyway cleans the database when the profile starts. */
    public static class OwnDatabase extends vn.ocop.api.common.db.OwnDatabaseProfile {
        @Override
        protected String databaseName() {
            return "ocop_register";
        }
    }


    static final String HEADER = "producer_registration_code,producer_name,producer_type,area_code,area_date,"
            + "product_code,product_name,product_set_code,certificate_number,stars,rule_set_id,evaluation_type,"
            + "decision_number,decision_date,deciding_body,status,revoked_on,revocation_ground";

    @Inject
    RegisterPlanFixture planFixture;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void signIn() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
        AreaSamples.load();
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
    }

    static String unique() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
    }

    /** Posts the file and waits for the job to finish; the finished import. */
    static JsonPath run(byte[] file, String name, String type, boolean dryRun) {
        Response posted = given().multiPart("file", name, file, type).queryParam("dryRun", dryRun)
                .post("/api/v1/imports");
        assertThat(posted.statusCode()).as(posted.asString()).isIn(200, 202);
        return await(posted.header("Location"));
    }

    static JsonPath await(String location) {
        long until = System.currentTimeMillis() + 120_000;
        while (true) {
            JsonPath json = given().get(location).then().statusCode(200).extract().jsonPath();
            String state = json.getString("state");
            if (List.of("VALID", "INVALID", "COMMITTED", "FAILED").contains(state)) {
                return json;
            }
            assertThat(System.currentTimeMillis()).as("import %s still %s", location, state).isLessThan(until);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static byte[] csv(String... rows) {
        return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static int progress(long plan) {
        return given().get("/api/v1/plans/" + plan + "/progress").then().statusCode(200).extract().jsonPath()
                .getInt("targets.find { it.kind == 'PRODUCTS_AT_LEAST_STARS' }.actual");
    }

    private static long areaId(String code, String day) {
        return given().queryParam("validOn", day).get("/api/v1/areas/by-code/" + code).then().statusCode(200)
                .extract().jsonPath().getLong("id");
    }

    @Test
    void theNinhBinh2021PlanMovesOnceItsRegisterIsImported() {
        String u = unique();
        long plan = planFixture.plan2021(areaId("37", LocalDate.now().toString()), "Kế hoạch OCOP tỉnh Ninh Bình năm 2021 " + u);
        int before = progress(plan);
        // Pre-2025 commune codes of Tam Điệp (district 370), dated by the 2021 decision: mapped to today's communes.
        byte[] file = csv(
                "NB" + u + "1,Hợp tác xã Miến Tam Điệp " + u + ",COOPERATIVE,14362,,,Miến dong Tam Điệp,FOOD_PROC_GRAIN,NB-" + u + "-1,3,QD-1048-2019,NEW,1101/QĐ-UBND,2021-10-25,UBND tỉnh Ninh Bình,EXPIRED,,",
                "NB" + u + "2,Hợp tác xã Dứa Nam Sơn " + u + ",COOPERATIVE,370-14368,,,Dứa sấy Nam Sơn,FOOD_PROC_PRODUCE,NB-" + u + "-2,4,QD-1048-2019,NEW,1101/QĐ-UBND,2021-10-25,UBND tỉnh Ninh Bình,,,",
                "NB" + u + "2,Hợp tác xã Dứa Nam Sơn " + u + ",COOPERATIVE,370-14368,,,Rượu dứa Nam Sơn,DRINK_ALC_OTHER,NB-" + u + "-3,3,QD-1048-2019,NEW,1101/QĐ-UBND,2021-10-25,UBND tỉnh Ninh Bình,REVOKED,2022-05-01,NO_LONGER_MEETS_CRITERIA");
        JsonPath dry = run(file, "so-theo-doi-ninh-binh.csv", "text/csv", true);
        assertThat(dry.getString("state")).as(dry.prettify()).isEqualTo("VALID");
        assertThat(dry.getInt("summary.certificatesCreated")).isEqualTo(3);
        assertThat(progress(plan)).as("a dry run writes nothing").isEqualTo(before);

        JsonPath done = run(file, "so-theo-doi-ninh-binh.csv", "text/csv", false);
        assertThat(done.getString("state")).as(done.prettify()).isEqualTo("COMMITTED");
        assertThat(done.getInt("summary.producersCreated")).isEqualTo(2);
        assertThat(done.getInt("summary.productsCreated")).isEqualTo(3);
        assertThat(done.getInt("rowsDone")).isEqualTo(3);
        // Three products certified in 2021 in Ninh Bình (the one revoked in 2022 was not revoked by 31 Dec 2021).
        assertThat(progress(plan)).isEqualTo(before + 3);

        // The certificates are verifiable like issued ones and carry their source.
        given().get("/api/v1/public/certificates/NB-" + u + "-1").then().statusCode(200);
        long certificate = given().queryParam("size", 5).queryParam("q", "Miến dong Tam Điệp")
                .get("/api/v1/products").then().statusCode(200).extract().jsonPath().getLong("items[0].currentCertificateId");
        given().get("/api/v1/certificates/" + certificate).then().statusCode(200)
                .body("source.importId", equalTo(done.getInt("id"))).body("source.row", equalTo(2))
                .body("source.fileName", equalTo("so-theo-doi-ninh-binh.csv"))
                .body("ruleSetId", equalTo("QD-1048-2019"));
        // The product sits in today's commune that took over Bắc Sơn (14362 → Phường Tam Điệp).
        given().queryParam("q", "Miến dong Tam Điệp").get("/api/v1/products").then()
                .body("items[0].areaId", equalTo((int) areaId("14362", "2026-01-01")));

        // The same file again changes nothing: the earlier import answers.
        Response again = given().multiPart("file", "so-theo-doi-ninh-binh.csv", file, "text/csv").post("/api/v1/imports");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.jsonPath().getInt("id")).isEqualTo(done.getInt("id"));
        // The same rows in another file match what is stored: nothing new.
        byte[] copy = (new String(file, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
        JsonPath second = run(copy, "ban-sao.csv", "text/csv", false);
        assertThat(second.getString("state")).as(second.prettify()).isEqualTo("COMMITTED");
        assertThat(second.getInt("summary.producersCreated")).isZero();
        assertThat(second.getInt("summary.productsCreated")).isZero();
        assertThat(second.getInt("summary.certificatesCreated")).isZero();
        assertThat(second.getInt("summary.certificatesUnchanged")).isEqualTo(3);
        assertThat(progress(plan)).isEqualTo(before + 3);
    }

    @Test
    void aDryRunNamesEveryBadCellByRowAndColumnInBothLanguagesAndWritesNothing() {
        String u = unique();
        byte[] file = csv(
                "E" + u + "1,Hợp tác xã Một,COOPERATIVE,99999,,,Chè Một,FOOD_TEA,E-" + u + "-1,3,QD-1048-2019,NEW,1/QĐ,2021-10-25,UBND tỉnh Ninh Bình,,,",
                "E" + u + "2,Hợp tác xã Hai,COOPERATIVE,14999,,,Chè Hai,FOOD_TEA,E-" + u + "-2,3,QD-1048-2019,NEW,1/QĐ,2021-10-25,UBND tỉnh Ninh Bình,,,",
                "E" + u + "3,Hợp tác xã Ba,COOPERATIVE,14362,,,Chè Ba,FOOD_TEA,E-" + u + "-3,6,QD-1048-2019,NEW,1/QĐ,2021-10-25,UBND tỉnh Ninh Bình,,,",
                "E" + u + "4,Hợp tác xã Bốn,COOPERATIVE,14362,,,Chè Bốn,FOOD_TEA,E-" + u + "-4,3,QD-1048-2019,NEW,1/QĐ,2021-10-25,UBND tỉnh Ninh Bình,,,",
                "E" + u + "5,Hợp tác xã Năm,COOPERATIVE,14362,,,Chè Năm,FOOD_TEA,E-" + u + "-4,3,QD-1048-2019,NEW,1/QĐ,2021-10-25,UBND tỉnh Ninh Bình,,,",
                "E" + u + "6,Hợp tác xã Sáu,COOPERATIVE,00007,,,Chè Sáu,FOOD_TEA,E-" + u + "-6,3,QD-148-2023,NEW,1/QĐ,2024-03-01,UBND quận Ba Đình,,,",
                "E" + u + "7,Hợp tác xã Bảy,COOPERATIVE,00006,2026-01-01,,Chè Bảy,FOOD_TEA,E-" + u + "-7,3,QD-1048-2019,NEW,1/QĐ,2021-10-25,UBND TP Hà Nội,,,",
                "E" + u + "8,Hợp tác xã Tám,COOPERATIVE,14362,,,Chè Tám,FOOD_TEA,E-" + u + "-8,3,QD-26-2026,NEW,1/QĐ,2021-10-25,UBND tỉnh Ninh Bình,,,");
        JsonPath dry = run(file, "loi.csv", "text/csv", true);
        assertThat(dry.getString("state")).isEqualTo("INVALID");
        List<Map<String, Object>> errors = dry.getList("errors");
        assertThat(errors).extracting(e -> e.get("row") + ":" + e.get("column")).containsExactly(
                "2:area_code", "3:area_code", "4:stars", "6:certificate_number", "7:area_code", "8:area_code",
                "9:decision_date");
        assertThat(errors.get(0)).containsEntry("reasonEn", "code 99999 names no administrative unit on 2021-10-25")
                .containsEntry("reasonVi", "mã 99999 không chỉ đơn vị hành chính nào vào ngày 2021-10-25");
        assertThat((String) errors.get(2).get("reasonVi")).startsWith("6 không phải hạng");
        assertThat((String) errors.get(4).get("reasonEn")).contains("00008 Ngọc Hà").contains("00025 Giảng Võ");
        assertThat(dry.getInt("errorCount")).isEqualTo(7);
        given().get("/api/v1/public/certificates/E-" + u + "-4").then().statusCode(404);

        // A commit of the same file is refused as a whole.
        JsonPath commit = run(file, "loi.csv", "text/csv", false);
        assertThat(commit.getString("state")).isEqualTo("INVALID");
        given().get("/api/v1/public/certificates/E-" + u + "-4").then().statusCode(404);
        given().queryParam("registrationCode", "E" + u + "4").get("/api/v1/producers").then().body("total", equalTo(0));
    }

    @Test
    void anXlsxWrittenByFastexcelImportsWithDatesAndNumbersAsCells() throws IOException {
        String u = unique();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "LibreOffice", "1.0");
        Worksheet sheet = workbook.newWorksheet("Sổ theo dõi");
        String[] header = HEADER.split(",");
        for (int c = 0; c < header.length; c++) {
            sheet.value(0, c, header[c].toUpperCase(java.util.Locale.ROOT));
        }
        sheet.value(1, 0, "X" + u);
        sheet.value(1, 1, "Hợp tác xã Gốm Tân Bình " + u);
        sheet.value(1, 2, "COOPERATIVE");
        sheet.value(1, 3, "14375");
        sheet.value(1, 6, "Bình gốm men lam");
        sheet.value(1, 7, "CRAFT_TEXTILE_GARMENT");
        sheet.value(1, 8, "X-" + u);
        sheet.value(1, 9, 4);
        sheet.value(1, 10, "QD-1048-2019");
        sheet.value(1, 12, "77/QĐ-UBND");
        sheet.value(1, 13, LocalDate.of(2022, 3, 30));
        sheet.style(1, 13).format("dd/mm/yyyy").set();
        sheet.value(1, 14, "UBND tỉnh Ninh Bình");
        workbook.finish();
        JsonPath done = run(out.toByteArray(), "so-theo-doi.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false);
        assertThat(done.getString("state")).as(done.prettify()).isEqualTo("COMMITTED");
        given().get("/api/v1/public/certificates/X-" + u).then().statusCode(200);
        given().queryParam("registrationCode", "X" + u).get("/api/v1/producers").then().body("total", equalTo(1))
                .body("items[0].name", equalTo("Hợp tác xã Gốm Tân Bình " + u));
    }

    @Test
    void aCsvWithABomAndDecomposedDiacriticsIsStoredNfc() {
        String u = unique();
        String name = "Hợp tác xã Nước mắm Đông Sơn " + u;
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(name);
        byte[] file = ("\uFEFF" + HEADER + "\r\n" + "B" + u + "," + decomposed + ",COOPERATIVE,14380,,,"
                + Normalizer.normalize("Nước mắm cốt", Normalizer.Form.NFD) + ",FOOD_SPICE_LIQUID,B-" + u
                + ",3,QD-148-2023,NEW,5/QĐ-UBND,25/10/2023,UBND tỉnh Ninh Bình,,,\r\n").getBytes(StandardCharsets.UTF_8);
        JsonPath done = run(file, "bom.csv", "text/csv", false);
        assertThat(done.getString("state")).as(done.prettify()).isEqualTo("COMMITTED");
        given().queryParam("registrationCode", "B" + u).get("/api/v1/producers").then()
                .body("items[0].name", equalTo(name));
        given().queryParam("q", "nuoc mam cot").get("/api/v1/products").then()
                .body("items.name", org.hamcrest.Matchers.hasItem("Nước mắm cốt"));
    }

    @Test
    void aLegacyCodeIsReadWithItsDate() {
        String u = unique();
        // 00006 (Phường Vĩnh Phúc until 30 Jun 2025) became part of 00008 Phường Ngọc Hà; in 2026 00006 names nothing.
        byte[] file = csv(
                "H" + u + ",Hợp tác xã Hà Nội " + u + ",COOPERATIVE,00006,2024-05-01,,Bánh cốm Vĩnh Phúc,FOOD_PROC_GRAIN,,,,,,,,,,");
        JsonPath done = run(file, "ha-noi.csv", "text/csv", false);
        assertThat(done.getString("state")).as(done.prettify()).isEqualTo("COMMITTED");
        given().queryParam("registrationCode", "H" + u).get("/api/v1/producers").then()
                .body("items[0].areaId", equalTo((int) areaId("00008", "2026-01-01")));
        // 00004: Trúc Bạch in 2024, Ba Đình in 2026 (both lead to today's Ba Đình).
        assertThat(areaId("00004", "2024-05-01")).isNotEqualTo(areaId("00004", "2026-01-01"));
        JsonPath later = run(csv("H" + u + "x,Hợp tác xã Khác,COOPERATIVE,00006,2026-01-01,,Bánh khác,FOOD_PROC_GRAIN,,,,,,,,,,"),
                "ha-noi-2.csv", "text/csv", true);
        assertThat(later.getList("errors.column")).containsExactly("area_code");
    }

    @Test
    void aProvinceOfficialImportsOnlyTheRowsOfTheirProvince() {
        String u = unique();
        String ninhBinhPath = given().get("/api/v1/areas/" + areaId("37", "2026-01-01")).then().extract().path("path");
        TestTokens.authenticateEveryRequest(TestTokens.officer(Role.PROVINCE, ninhBinhPath));
        byte[] file = csv(
                "P" + u + "1,Hợp tác xã Ninh Bình " + u + ",COOPERATIVE,14371,,,Gạo Yên Sơn,FOOD_RAW_GRAIN,,,,,,,,,,",
                "P" + u + "2,Hợp tác xã Hà Nội " + u + ",COOPERATIVE,00004,2026-01-01,,Bánh Ba Đình,FOOD_PROC_GRAIN,,,,,,,,,,");
        JsonPath dry = run(file, "tinh.csv", "text/csv", true);
        assertThat(dry.getList("errors.row")).containsExactly(3);
        assertThat(dry.getString("errors[0].reasonEn")).contains("outside your area");
        JsonPath ok = run(csv("P" + u + "1,Hợp tác xã Ninh Bình " + u + ",COOPERATIVE,14371,,,Gạo Yên Sơn,FOOD_RAW_GRAIN,,,,,,,,,,"),
                "tinh-2.csv", "text/csv", false);
        assertThat(ok.getString("state")).as(ok.prettify()).isEqualTo("COMMITTED");
        // A commune official may not import.
        TestTokens.authenticateEveryRequest(TestTokens.officer(Role.COMMUNE, ninhBinhPath));
        given().multiPart("file", "x.csv", file, "text/csv").post("/api/v1/imports").then().statusCode(403);
    }

    @Test
    void templatesAndBadRequests() throws IOException {
        byte[] csv = given().get("/api/v1/imports/templates/register.csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFproducer_registration_code,");
        byte[] xlsx = given().get("/api/v1/imports/templates/register.xlsx").then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheets().count()).isEqualTo(2);
        }
        given().get("/api/v1/imports/templates/register.pdf").then().statusCode(404);
        given().multiPart("file", "x.csv", new byte[0], "text/csv").post("/api/v1/imports").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        given().multiPart("file", "x.csv", csv, "text/csv").queryParam("dryRun", "maybe").post("/api/v1/imports")
                .then().statusCode(400).body("errors[0].field", equalTo("dryRun"));
        given().get("/api/v1/imports/99999999").then().statusCode(404);
        JsonPath unknown = run("name,stars\nMột,3\n".getBytes(StandardCharsets.UTF_8), "sai.csv", "text/csv", true);
        assertThat(unknown.getString("state")).isEqualTo("INVALID");
        assertThat(unknown.getList("errors.column")).contains("name", "producer_registration_code");
    }
}
