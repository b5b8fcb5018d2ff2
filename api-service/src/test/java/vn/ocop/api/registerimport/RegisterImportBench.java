package vn.ocop.api.registerimport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.AreaHistorySharedDataTest;
import vn.ocop.api.security.TestTokens;

/**
 * The register import benchmark (docs/benchmarks.md): not part of the suite (the name ends in Bench, which surefire
 * does not pick up) and not a timed assertion. Run it by name after generating the file:
 * <pre>
 * bench/generate-register.sh 18000 > /tmp/register-18000.csv
 * ./mvnw -B -pl api-service verify -Dtest=RegisterImportBench -Dbench.register=/tmp/register-18000.csv
 * </pre>
 * It loads the full shared area lists (2025, legacy, mapping) into a database of its own, then times the dry run
 * and the commit of the file through the API (POST until the job is done).
 */
@QuarkusTest
@TestProfile(AreaHistorySharedDataTest.OwnDatabase.class)
class RegisterImportBench {

    @BeforeEach
    void signIn() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
    }

    @Test
    void dryRunAndCommitOfANationalRegister() throws IOException {
        Path file = Path.of(System.getProperty("bench.register", "/tmp/register-18000.csv"));
        Path shared = Path.of("/work/shared/data");
        Assumptions.assumeTrue(Files.isReadable(file) && Files.isReadable(shared.resolve("admin-units-2025.csv")),
                "benchmark file or shared data not present");
        given().contentType("text/csv").body(Files.readAllBytes(shared.resolve("admin-units-2025.csv")))
                .post("/api/v1/areas/import").then().statusCode(200);
        given().contentType("text/csv").body(Files.readAllBytes(shared.resolve("admin-units-legacy.csv")))
                .post("/api/v1/areas/import/legacy").then().statusCode(200);
        given().contentType("text/csv").body(Files.readAllBytes(shared.resolve("admin-units-2025-mapping.csv")))
                .post("/api/v1/areas/successions/import").then().statusCode(200);
        byte[] register = Files.readAllBytes(file);

        long start = System.nanoTime();
        JsonPath dry = RegisterImportTest.run(register, file.getFileName().toString(), "text/csv", true);
        long dryMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(dry.getString("state")).as(dry.getString("errors[0]")).isEqualTo("VALID");

        start = System.nanoTime();
        JsonPath commit = RegisterImportTest.run(register, file.getFileName().toString(), "text/csv", false);
        long commitMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(commit.getString("state")).isEqualTo("COMMITTED");

        Response again = given().multiPart("file", file.getFileName().toString(), register, "text/csv")
                .post("/api/v1/imports");
        assertThat(again.statusCode()).isEqualTo(200);
        System.out.printf("BENCH register import of %d rows (%d bytes): dry run %d ms, commit %d ms, summary %s%n",
                commit.getInt("rowsTotal"), register.length, dryMillis, commitMillis, commit.getMap("summary"));
    }
}
