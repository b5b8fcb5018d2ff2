package vn.ocop.api.area;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.security.TestTokens;

/**
 * The area history over the full shared lists (../shared/data), skipped when they are absent. Runs on a database
 * of its own (10,794 legacy units would change what other tests find by name).
 */
@QuarkusTest
@TestProfile(AreaHistorySharedDataTest.OwnDatabase.class)
public class AreaHistorySharedDataTest {

    static final Path SHARED = SharedData.directory();

    /** Loading ten thousand units takes a minute or more on a loaded 2-core machine: more than the default wait. */
    private static io.restassured.specification.RequestSpecification slow() {
        return given().config(io.restassured.RestAssured.config().httpClient(
                io.restassured.config.HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 600_000).setParam("http.connection.timeout", 60_000)));
    }

    /** A database of its own on H2; on PostgreSQL Flyway cleans the database when the profile starts. */
    public static class OwnDatabase extends vn.ocop.api.common.db.OwnDatabaseProfile {
        @Override
        protected String databaseName() {
            return "ocop_areas";
        }
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

    /** The full shared lists (63 provinces, 696 districts, 10,035 communes; 10,602 mapping rows), when present. */
    @Test
    void theFullSharedListsLoad() throws IOException {
        Path official = SHARED.resolve("admin-units-2025.csv");
        Path legacy = SHARED.resolve("admin-units-legacy.csv");
        Path mapping = SHARED.resolve("admin-units-2025-mapping.csv");
        Assumptions.assumeTrue(Files.isReadable(official) && Files.isReadable(legacy) && Files.isReadable(mapping),
                "shared data not present");
        slow().contentType("text/csv").body(Files.readAllBytes(official)).post("/api/v1/areas/import")
                .then().statusCode(200);
        long start = System.nanoTime();
        Map<String, Object> units = slow().contentType("text/csv").body(Files.readAllBytes(legacy))
                .post("/api/v1/areas/import/legacy").then().statusCode(200).extract().jsonPath().getMap("");
        long legacyMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(units).containsEntry("total", 10_794);
        start = System.nanoTime();
        Map<String, Object> successions = slow().contentType("text/csv").body(Files.readAllBytes(mapping))
                .post("/api/v1/areas/successions/import").then().statusCode(200).extract().jsonPath().getMap("");
        long mappingMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(successions).containsEntry("rows", 10_602);
        System.out.printf("Legacy list %d ms %s, mapping %d ms %s%n", legacyMillis, units, mappingMillis, successions);

        assertThat(unit("00004", "2024-01-01")).containsEntry("fullName", "Phường Trúc Bạch");
        assertThat(unit("00004", "2026-01-01")).containsEntry("fullName", "Phường Ba Đình");
        assertThat(successorCodes(unit("00007", "2024-01-01").get("id"))).containsExactlyInAnyOrder("00008", "00025");
        // Hà Nam (35) became part of Ninh Bình (37).
        assertThat(successorCodes(unit("35", "2024-01-01").get("id"))).containsExactly("37");
    }
}
