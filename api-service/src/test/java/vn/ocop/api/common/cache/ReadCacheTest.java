package vn.ocop.api.common.cache;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.common.FullBodies;
import vn.ocop.api.product.ProductRequest;
import vn.ocop.api.product.ProductTestData;
import vn.ocop.api.security.TestTokens;

/** Cached reads are never stale after a write through the service, and are really reused in between. */
@QuarkusTest
class ReadCacheTest {

    private static final String PRODUCTS = "/api/v1/products";

    @Inject
    ProductTestData data;

    @Inject
    DataVersion version;

    @Inject
    ChangeFeed feed;

    @Inject
    AgroalDataSource dataSource;

    private ProductTestData.Place place;
    private long producerId;

    @BeforeEach
    void signInAndCreatePlace() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
        place = data.place();
        producerId = data.producer("Hợp tác xã Chè Sơn Hà", place.communeId());
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
    }

    @Test
    void writesThroughTheApiShowInTheNextListAtOnce() {
        listOfProvince().body("total", equalTo(0));
        long id = create("Chè búp Sơn Hà");
        listOfProvince().body("total", equalTo(1)).body("items.name", contains("Chè búp Sơn Hà"));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(product("Chè móc câu Sơn Hà"))
                .put(PRODUCTS + "/" + id).then().statusCode(200);
        listOfProvince().body("total", equalTo(1)).body("items.name", contains("Chè móc câu Sơn Hà"));

        given().header("If-Match", "\"1\"").delete(PRODUCTS + "/" + id).then().statusCode(204);
        listOfProvince().body("total", equalTo(0));
    }

    @Test
    void answersAreReusedUntilTheNextWrite() throws SQLException {
        long id = create("Chè xanh Sơn Hà");
        listOfProvince().body("items.name", contains("Chè xanh Sơn Hà"));

        // Changed behind the service's back: the cached page still answers...
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("update product set name = ? where id = ?")) {
            update.setString(1, "Chè đổi ngoài dịch vụ");
            update.setLong(2, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        listOfProvince().body("items.name", contains("Chè xanh Sơn Hà"));

        // ...until any write through the service commits.
        create("Chè vàng Sơn Hà");
        listOfProvince().body("total", equalTo(2))
                .body("items.name", containsInAnyOrder("Chè vàng Sơn Hà", "Chè đổi ngoài dịch vụ"));
    }

    @Test
    void onlyACommittedWriteMovesTheVersion() {
        long id = create("Chè ướp sen Sơn Hà");
        long before = version.current();

        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(product("Chè khác"))
                .put(PRODUCTS + "/" + id).then().statusCode(412);
        given().contentType(ContentType.JSON).body(product("")).post(PRODUCTS).then().statusCode(400);
        assertThat(version.current()).isEqualTo(before);

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(product("Chè ướp nhài Sơn Hà"))
                .put(PRODUCTS + "/" + id).then().statusCode(200);
        assertThat(version.current()).isGreaterThan(before);
    }

    @Test
    void aNotificationOfAnotherReplicaMovesTheVersion() throws Exception {
        Assumptions.assumeTrue(feed.active(), "the change feed runs on PostgreSQL only");
        long before = version.current();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("NOTIFY " + ChangeFeed.CHANNEL + ", 'another-replica'");
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (version.current() == before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(version.current()).isGreaterThan(before);
    }

    private io.restassured.response.ValidatableResponse listOfProvince() {
        return given().queryParam("areaId", place.provinceId()).queryParam("sort", "-name").get(PRODUCTS).then()
                .statusCode(200);
    }

    private long create(String name) {
        return given().contentType(ContentType.JSON).body(product(name)).post(PRODUCTS).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private Map<String, Object> product(String name) {
        // Every field present: the same body serves create and full update.
        return FullBodies.of(ProductRequest.class, Map.of("name", name, "producerId", producerId,
                "productSetCode", "FOOD_TEA", "stage", "IDEA_REGISTERED"));
    }
}
