package vn.ocop.api.area;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.security.TestTokens;

@QuarkusTest
class AreaImportTest {

    /** Every request of this class is sent as a national administrator (see docs/security.md). */
    @BeforeEach
    void signIn() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
    }

    private static final String IMPORT = "/api/v1/areas/import";
    private static final String CSV = "text/csv; charset=UTF-8";
    private static final String PROBLEM = "application/problem+json";
    private static final Path OFFICIAL_LIST = SharedData.directory().resolve("admin-units-2025.csv");

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void csvImportCreatesThenIsIdempotentThenUpdatesChangedNames() {
        String s = AreaResourceTest.suffix();
        String csv = "code,name,full_name,name_en,level,parent_code\r\n"
                + "P" + s + ",Lạng Giang,Tỉnh Lạng Giang,Lang Giang,PROVINCE,\r\n"
                + "C1" + s + ",Đồng Hỷ,Xã Đồng Hỷ,Dong Hy,COMMUNE,P" + s + "\r\n"
                + "C2" + s + ",\"Ân Thi, Bắc\",\"Phường Ân Thi, Bắc\",An Thi,COMMUNE,P" + s + "\r\n";
        importCsv(csv).then().statusCode(200)
                .body("created", equalTo(3)).body("updated", equalTo(0)).body("unchanged", equalTo(0))
                .body("total", equalTo(3));
        importCsv(csv).then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(3));

        Map<String, Object> province = given().get("/api/v1/areas/by-code/P" + s).jsonPath().getMap("");
        Map<String, Object> commune = given().get("/api/v1/areas/by-code/C2" + s).then().statusCode(200)
                .body("fullName", equalTo("Phường Ân Thi, Bắc")).body("validFrom", equalTo("2025-07-01"))
                .extract().jsonPath().getMap("");
        assertThat(commune.get("parentId")).isEqualTo(province.get("id"));
        assertThat((String) commune.get("path")).isEqualTo("/" + province.get("id") + "/" + commune.get("id") + "/");

        importCsv(csv.replace("Xã Đồng Hỷ", "Phường Đồng Hỷ")).then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(1)).body("unchanged", equalTo(2));
        given().get("/api/v1/areas/by-code/C1" + s).then().body("fullName", equalTo("Phường Đồng Hỷ"))
                .body("version", equalTo(1));
        given().queryParam("q", "phuong dong hy").get("/api/v1/areas").then().body("items.code", hasItem("C1" + s));
    }

    @Test
    void jsonImportWithHistoryAndParentsAlreadyStored() {
        String s = AreaResourceTest.suffix();
        List<Map<String, Object>> rows = List.of(
                Map.of("code", "H" + s, "name", "Tuyên Hóa", "level", "PROVINCE", "valid_from", "2004-07-08",
                        "valid_to", "2025-07-01"),
                Map.of("code", "D" + s, "name", "Yên Sơn", "full_name", "Huyện Yên Sơn", "level", "DISTRICT",
                        "parent_code", "H" + s, "valid_from", "2010-01-01", "valid_to", "2025-07-01"),
                Map.of("code", "H" + s, "name", "Tuyên Hóa", "full_name", "Tỉnh Tuyên Hóa", "level", "PROVINCE"));
        given().contentType(ContentType.JSON).body(rows).post(IMPORT).then().statusCode(200)
                .body("created", equalTo(3));
        // The commune of the reformed province refers to the unit in force on its own first day.
        given().contentType(ContentType.JSON).body(List.of(Map.of("code", "K" + s, "name", "Kim Phú",
                "level", "COMMUNE", "parentCode", "H" + s))).post(IMPORT).then().statusCode(200)
                .body("created", equalTo(1));
        Long current = given().get("/api/v1/areas/by-code/H" + s).jsonPath().getLong("id");
        given().get("/api/v1/areas/by-code/K" + s).then().body("parentId", equalTo(current.intValue()));
        given().queryParam("validOn", "2015-05-05").get("/api/v1/areas/by-code/D" + s).then().statusCode(200)
                .body("fullName", equalTo("Huyện Yên Sơn"));
    }

    @Test
    void anInvalidRowInTheMiddleWritesNothing() {
        String s = AreaResourceTest.suffix();
        String csv = "code,name,full_name,name_en,level,parent_code\n"
                + "P" + s + ",Hà Tĩnh Thử,Tỉnh Hà Tĩnh Thử,,PROVINCE,\n"
                + "A" + s + ",Kỳ Anh,Xã Kỳ Anh,,COMMUNE,P" + s + "\n"
                + "B" + s + ",Cẩm Xuyên,Xã Cẩm Xuyên,,HAMLET,P" + s + "\n"
                + "C" + s + ",Hương Khê,Xã Hương Khê,,COMMUNE,NOPE" + s + "\n"
                + "E" + s + ",Thạch Hà,Xã Thạch Hà,,COMMUNE,P" + s + "\n";
        importCsv(csv).then().statusCode(400).contentType(startsWith(PROBLEM))
                .body("errors.field", equalTo(List.of("lines[4].level", "lines[5].parent_code")));
        given().queryParam("includeHistorical", true).queryParam("q", "thu").queryParam("parentCode", "P" + s)
                .get("/api/v1/areas").then().body("total", equalTo(0));
        given().get("/api/v1/areas/by-code/P" + s).then().statusCode(404);
        given().get("/api/v1/areas/by-code/A" + s).then().statusCode(404);
    }

    @Test
    void rowErrorsNameLineAndFieldInEnglishWhenAsked() {
        String s = AreaResourceTest.suffix();
        String csv = "code,name,full_name,name_en,level,parent_code,valid_from,valid_to\n"
                + "P" + s + ",,,,PROVINCE,,2025-07-01,\n"
                + "Q" + s + ",Quảng Thử,,,PROVINCE,51,01/07/2025,2024-01-01\n"
                + "R" + s + ",Rạch Thử,,,COMMUNE,,2025-07-01,2025-06-01\n"
                + "T" + s + ",Tân Thử,,,PROVINCE,,2025-07-01,\n"
                + "T" + s + ",Tân Thử Hai,,,PROVINCE,,2025-07-01,\n";
        given().contentType(CSV).header("Accept-Language", "en").body(csv).post(IMPORT).then().statusCode(400)
                .body("title", equalTo("Invalid data"))
                .body("errors.field", hasItems("lines[2].name", "lines[3].parent_code", "lines[3].valid_from",
                        "lines[4].parent_code", "lines[4].valid_to"))
                .body("errors.find { it.field == 'lines[3].valid_from' }.reason",
                        equalTo("must be a date as YYYY-MM-DD"));
        String duplicates = "code,name,level,parent_code\n" + "T" + s + ",Tân Thử,PROVINCE,\n"
                + "T" + s + ",Tân Thử Hai,PROVINCE,\n";
        importCsv(duplicates).then().statusCode(400).body("errors.field", equalTo(List.of("lines[3].code")));
    }

    @Test
    void storedUnitsCannotChangeParentOrLevel() {
        String s = AreaResourceTest.suffix();
        importCsv("code,name,level,parent_code\nP" + s + ",Một,PROVINCE,\nQ" + s + ",Hai,PROVINCE,\nC" + s
                + ",Ba,COMMUNE,P" + s + "\n").then().statusCode(200).body("created", equalTo(3));
        importCsv("code,name,level,parent_code\nC" + s + ",Ba,COMMUNE,Q" + s + "\n").then().statusCode(400)
                .body("errors.field", equalTo(List.of("lines[2].parent_code")));
        importCsv("code,name,level,parent_code\nQ" + s + ",Hai,COMMUNE,P" + s + "\n").then().statusCode(400)
                .body("errors.field", equalTo(List.of("lines[2].level")));
    }

    @Test
    void badFilesAreRefused() {
        importCsv("").then().statusCode(400).body("errors.field", equalTo(List.of("file")));
        importCsv("code,name,level,parent_code\n").then().statusCode(400).body("errors.field", equalTo(List.of("file")));
        importCsv("code,name,level\n01,Hà Nội,PROVINCE\n").then().statusCode(400)
                .body("errors.field", equalTo(List.of("header.parent_code")));
        importCsv("code,name,level,parent_code,population\n").then().statusCode(400)
                .body("errors.field", equalTo(List.of("header.population")));
        importCsv("code,name,level,parent_code\n01,Hà Nội,PROVINCE\n").then().statusCode(400)
                .body("errors.field", equalTo(List.of("lines[2]")));
        given().contentType(ContentType.JSON).body("[{\"code\": ").post(IMPORT).then().statusCode(400)
                .contentType(startsWith(PROBLEM));
        given().contentType(ContentType.JSON).body("[]").post(IMPORT).then().statusCode(400);
        given().contentType(ContentType.JSON).body("[{\"code\": \"Z1\", \"level\": \"PROVINCE\"}]").post(IMPORT)
                .then().statusCode(400).body("errors.field", equalTo(List.of("[0].name")));
        given().contentType(CSV).queryParam("validFrom", "tomorrow").body("code,name,level,parent_code\n")
                .post(IMPORT).then().statusCode(400).body("errors.field", equalTo(List.of("validFrom")));
        given().contentType("application/xml").body("<units/>").post(IMPORT).then().statusCode(415)
                .contentType(startsWith(PROBLEM));
    }

    /** The whole official list (34 provinces, 3,321 communes), when the shared data is present. */
    @Test
    void officialListImportsFastAndIsIdempotent() throws IOException {
        Assumptions.assumeTrue(Files.isReadable(OFFICIAL_LIST), "shared official list not present");
        byte[] file = Files.readAllBytes(OFFICIAL_LIST);
        long start = System.nanoTime();
        Map<String, Object> first = given().contentType(CSV).body(file)
                .post(IMPORT).then().statusCode(200).extract().jsonPath().getMap("");
        long firstMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat((Integer) first.get("total")).isEqualTo(3355);
        // Seeded units of the plans are in the list exactly: they count as unchanged, never duplicated.
        assertThat((Integer) first.get("updated")).isZero();

        Map<String, Object> second = given().contentType(CSV).body(file)
                .post(IMPORT).then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(second).containsEntry("created", 0).containsEntry("updated", 0).containsEntry("unchanged", 3355);

        // Other tests add their own provinces, some under official codes (an account test's "19 Thái Nguyên"): per
        // official code, the imported province is the one holding the communes.
        java.util.Set<String> officialCodes = Files.readAllLines(OFFICIAL_LIST).stream().skip(1)
                .map(line -> line.split(",", -1)).filter(cells -> cells.length > 2 && "PROVINCE".equals(cells[cells.length - 2]))
                .map(cells -> cells[0]).collect(java.util.stream.Collectors.toSet());
        assertThat(officialCodes).hasSize(34);
        List<Map<String, Object>> provinces = given().queryParam("level", "PROVINCE").queryParam("size", 200)
                .get("/api/v1/areas").then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Integer> communesByCode = new java.util.HashMap<>();
        for (Map<String, Object> province : provinces) {
            String code = (String) province.get("code");
            if (officialCodes.contains(code)) {
                int children = given().queryParam("size", 1).get("/api/v1/areas/" + province.get("id") + "/children")
                        .then().statusCode(200).extract().jsonPath().getInt("total");
                communesByCode.merge(code, children, Math::max);
            }
        }
        assertThat(communesByCode).hasSize(34);
        int communes = communesByCode.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(communes).isEqualTo(3321);
        // Every official unit is in force today with the official parent.
        given().get("/api/v1/areas/by-code/21289").then().body("fullName", equalTo("Xã Sơn Hà"));
        System.out.printf("Official list import: %d ms (first), counts %s%n", firstMillis, first);
        assertThat(firstMillis).as("import of 3,355 units").isLessThan(30_000);
    }

    private static io.restassured.response.Response importCsv(String csv) {
        return given().contentType(CSV).body(csv).post(IMPORT);
    }
}
