package vn.ocop.api.area;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.security.TestTokens;

/**
 * The area history: the legacy list (units in force until 30 Jun 2025), the old-to-new mapping, a code resolved
 * with a date, and the units in force today that an ended unit became.
 */
@QuarkusTest
class AreaHistoryTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void signIn() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
    }

    private static Map<String, Object> unit(String code, String day) {
        return given().queryParam("validOn", day).get("/api/v1/areas/by-code/" + code).then().statusCode(200)
                .extract().jsonPath().getMap("");
    }

    private static List<String> successorCodes(Object id) {
        return given().get("/api/v1/areas/" + id + "/successors").then().statusCode(200).extract().jsonPath()
                .getList("code");
    }

    @Test
    void aReusedCodeIsResolvedWithItsDateAndEndedUnitsLeadToTodaysUnits() {
        AreaSamples.load();
        // Loading again changes nothing.
        given().contentType("text/csv").body(AreaSamples.resource("legacy-sample.csv"))
                .post("/api/v1/areas/import/legacy").then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(17));
        given().contentType("text/csv").body(AreaSamples.resource("mapping-sample.csv"))
                .post("/api/v1/areas/successions/import").then().statusCode(200)
                .body("rows", equalTo(14)).body("created", equalTo(0));

        Map<String, Object> trucBach = unit("00004", "2024-06-01");
        assertThat(trucBach).containsEntry("fullName", "Phường Trúc Bạch").containsEntry("validFrom", "2004-07-08")
                .containsEntry("validTo", "2025-07-01");
        assertThat(unit("00004", "2025-06-30")).containsEntry("fullName", "Phường Trúc Bạch");
        Map<String, Object> baDinh = unit("00004", "2026-01-01");
        assertThat(baDinh).containsEntry("fullName", "Phường Ba Đình").containsEntry("validFrom", "2025-07-01");
        assertThat(unit("00004", "2025-07-01")).containsEntry("id", baDinh.get("id"));

        assertThat(successorCodes(trucBach.get("id"))).containsExactly("00004");
        assertThat(successorCodes(baDinh.get("id"))).containsExactly("00004");
        // Cống Vị was divided between Ngọc Hà and Giảng Võ.
        assertThat(successorCodes(unit("00007", "2024-06-01").get("id"))).containsExactlyInAnyOrder("00008", "00025");
        // A district leads to the communes of its communes; a province to the provinces.
        assertThat(successorCodes(unit("370", "2024-06-01").get("id")))
                .containsExactlyInAnyOrder("14362", "14365", "14371", "14725");
        Map<String, Object> oldNinhBinh = unit("37", "2021-10-25");
        assertThat(oldNinhBinh).containsEntry("validTo", "2025-07-01");
        assertThat(successorCodes(oldNinhBinh.get("id"))).containsExactly("37");
        given().get("/api/v1/areas/999999999/successors").then().statusCode(404);
    }

    @Test
    void mappingRowsNamingUnknownUnitsOrWrongParentsRefuseTheFile() {
        AreaSamples.load();
        String csv = "old_commune_code,old_district_code,old_province_code,new_commune_code,new_province_code,divided\n"
                + "00004,001,01,00004,01,false\n"
                + "99999,001,01,00004,01,false\n"
                + "00004,370,01,00004,01,false\n"
                + "00004,001,01,00004,01,maybe\n"
                + "00004,001,01,77777,01,false\n";
        given().header("Accept-Language", "en").contentType("text/csv; charset=UTF-8").body(csv)
                .post("/api/v1/areas/successions/import").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", equalTo(List.of("lines[3].old_commune_code", "lines[4].old_district_code", "lines[4].old_commune_code",
                        "lines[5].divided", "lines[6].new_commune_code")))
                .body("errors[0].reason", startsWith("no unit of this level with this code was in force"));
        given().contentType("text/csv").body("old_commune_code,new_commune_code\n00004,00004\n")
                .post("/api/v1/areas/successions/import").then().statusCode(400)
                .body("errors.field[0]", startsWith("header."));
    }

    @Test
    void legacyRowsEndOnTheDayAfterTheirLastDay() {
        String s = AreaResourceTest.suffix();
        String csv = "code,name,full_name,level,parent_code,valid_to\n"
                + "L" + s + ",Hà Tây Thử,Tỉnh Hà Tây Thử,PROVINCE,,2008-07-31\n";
        given().contentType("text/csv; charset=UTF-8").body(csv).post("/api/v1/areas/import/legacy").then().statusCode(200)
                .body("created", equalTo(1));
        assertThat(unit("L" + s, "2008-07-31")).containsEntry("validTo", "2008-08-01")
                .containsEntry("validFrom", "2004-07-08");
        given().queryParam("validOn", "2008-08-01").get("/api/v1/areas/by-code/L" + s).then().statusCode(404);
    }
}
