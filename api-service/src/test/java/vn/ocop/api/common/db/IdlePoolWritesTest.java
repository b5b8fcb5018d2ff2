package vn.ocop.api.common.db;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.product.ProductTestData;
import vn.ocop.api.security.TestTokens;

/**
 * Issue 9 item 15: the embedded database keeps accepting writes after the pool has been idle. H2 2.4.240 broke
 * every {@code CHECK ... IN} constraint once the connection that created it (Flyway's, from the pool) closed
 * ("Check constraint invalid ... The database has been closed"), i.e. after about 7 idle minutes in dev mode. This
 * profile closes idle connections after one second and keeps none, waits until no pool connection is left open,
 * then writes through the API: an area, a producer, a product and a dossier, all tables with such constraints.
 */
@QuarkusTest
@TestProfile(IdlePoolWritesTest.ShortIdlePool.class)
class IdlePoolWritesTest {

    static final String URL = "jdbc:h2:mem:ocop_idle;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    public static class ShortIdlePool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>();
            overrides.put("quarkus.datasource.jdbc.min-size", "0");
            overrides.put("quarkus.datasource.jdbc.initial-size", "0");
            overrides.put("quarkus.datasource.jdbc.idle-removal-interval", "PT1S");
            overrides.put("quarkus.datasource.health.enabled", "false");
            if (!"pg".equals(System.getProperty("quarkus.test.profile"))) {
                // Its own in-memory database, so that Flyway creates the constraints in this application's pool.
                overrides.put("quarkus.datasource.jdbc.url", URL);
            }
            return overrides;
        }
    }

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Inject
    ProductTestData data;

    @AfterEach
    void signOut() {
        TestTokens.reset();
    }

    @Test
    void writesSucceedAfterThePoolWasIdle() throws Exception {
        if ("h2".equals(dbKind)) {
            waitUntilThePoolHasClosedEveryConnection();
        }
        TestTokens.authenticateEveryRequest(TestTokens.admin());
        ProductTestData.Place place = data.place();
        long producerId = data.producer("Hợp tác xã Chè Sơn Hà", place.communeId());
        long productId = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Chè búp Sơn Hà", "producerId", producerId, "productSetCode", "FOOD_TEA"))
                .post("/api/v1/products").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> dossier = new HashMap<>();
        dossier.put("productId", productId);
        dossier.put("evaluationType", "NEW");
        dossier.put("filedOn", "2025-03-01");
        dossier.put("evidence", List.of(Map.of("type", "BUSINESS_LICENCE", "fileName", "giấy phép.pdf",
                "sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "sizeBytes", 1024)));
        given().contentType(ContentType.JSON).body(dossier).post("/api/v1/dossiers").then().statusCode(201);
        // A second open dossier of the same product is the one conflict that constraint means.
        given().contentType(ContentType.JSON).body(dossier).post("/api/v1/dossiers").then().statusCode(409);
    }

    /**
     * Polls, from a connection of its own outside the pool, until it is the only session of the database: every
     * pool connection, the one Flyway created the schema with included, has been closed.
     */
    private static void waitUntilThePoolHasClosedEveryConnection() throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        try (Connection own = DriverManager.getConnection(URL, "sa", "");
                Statement statement = own.createStatement()) {
            long sessions;
            do {
                Thread.sleep(200);
                try (ResultSet rows = statement.executeQuery("select count(*) from information_schema.sessions")) {
                    rows.next();
                    sessions = rows.getLong(1);
                }
            } while (sessions > 1 && System.nanoTime() < deadline);
            assertThat(sessions).as("sessions open besides this one").isEqualTo(1);
        }
    }
}
