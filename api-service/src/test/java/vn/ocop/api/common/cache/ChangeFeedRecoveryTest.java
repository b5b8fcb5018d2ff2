package vn.ocop.api.common.cache;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.common.FullBodies;
import vn.ocop.api.product.ProductRequest;
import vn.ocop.api.product.ProductTestData;
import vn.ocop.api.security.TestTokens;

/**
 * Issue 9 item 14, on PostgreSQL: no change notification is lost when a replica's feed connection dies. The
 * application under test is replica A; replica B is a second {@link ChangeFeed} with its own {@link DataVersion}
 * and connection in the same JVM. The test kills connections with {@code pg_terminate_backend}, writes on A and
 * checks that B's version moves (its cached answers are recomputed).
 */
@QuarkusTest
class ChangeFeedRecoveryTest {

    private static final long WAIT_NANOS = 15_000_000_000L;

    @Inject
    ChangeFeed feed;

    @Inject
    ReadCache reads;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry registry;

    @Inject
    UserTransaction transaction;

    @Inject
    EntityManager em;

    @Inject
    ProductTestData data;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private DataVersion otherVersion;
    private ChangeFeed other;

    @BeforeEach
    void startReplicaB() throws InterruptedException {
        Assumptions.assumeTrue(feed.active(), "the change feed runs on PostgreSQL only");
        otherVersion = new DataVersion(registry);
        other = new ChangeFeed(otherVersion, dataSource, reads, "postgresql", url, user, password);
        other.start(null);
        await(other::listening, "replica B listens");
        await(feed::listening, "replica A listens");
        TestTokens.authenticateEveryRequest(TestTokens.admin());
    }

    @AfterEach
    void stopReplicaB() {
        TestTokens.reset();
        if (other != null) {
            other.stop(null);
        }
    }

    @Test
    void aWriteWhileTheOtherReplicaIsDeafIsSeenWhenItListensAgain() throws Exception {
        assertThat(terminate(other)).isEqualTo(1);
        await(() -> !other.listening(), "replica B notices its listener is gone");
        long deaf = otherVersion.current();

        // Committed while B listens to nothing: PostgreSQL delivers this notification to nobody on B's side.
        long producerId = data.producer("Hợp tác xã Chè Tân Cương", data.place().communeId());
        createProduct(producerId, "Chè Tân Cương");

        await(() -> otherVersion.current() > deaf, "replica B catches up when it listens again");
        await(other::listening, "replica B listens again");
    }

    @Test
    void aWriteAfterTheWritersFeedConnectionsDiedStillReachesTheOtherReplica() throws Exception {
        long producerId = data.producer("Hợp tác xã Chè Tân Cương", data.place().communeId());
        long productId = createProduct(producerId, "Chè búp Tân Cương");
        // Kill every connection replica A's feed holds (listening and, if any, sending).
        assertThat(terminate(feed)).isGreaterThanOrEqualTo(1);
        long before = otherVersion.current();

        // An update, flushed when its transaction commits.
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(FullBodies.of(ProductRequest.class, Map.of("name", "Chè móc câu Tân Cương", "producerId", producerId,
                        "productSetCode", "FOOD_TEA", "stage", "IDEA_REGISTERED")))
                .put("/api/v1/products/" + productId).then().statusCode(200);

        await(() -> otherVersion.current() > before, "replica B sees replica A's write");
        await(feed::listening, "replica A listens again");
    }

    @Test
    void theNotificationGoesOnTheWritesOwnConnectionAndOnlyWhenItCommits() throws Exception {
        transaction.begin();
        try {
            long poolPid;
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = connection.prepareStatement("select pg_backend_pid()");
                    ResultSet rows = statement.executeQuery()) {
                rows.next();
                poolPid = rows.getLong(1);
            }
            Number hibernatePid = (Number) em.createNativeQuery("select pg_backend_pid()").getSingleResult();
            assertThat(hibernatePid.longValue()).as("the pool hands out the transaction's connection")
                    .isEqualTo(poolPid);
        } finally {
            transaction.rollback();
        }

        long before = otherVersion.current();
        transaction.begin();
        data.producer("Hợp tác xã rolled back", data.place().communeId());
        transaction.rollback();
        long producerId = data.producer("Hợp tác xã Chè Tân Cương", data.place().communeId());
        await(() -> otherVersion.current() > before, "replica B sees the committed write");
        assertThat(producerId).isPositive();
    }

    private long createProduct(long producerId, String name) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "producerId", producerId, "productSetCode", "FOOD_TEA"))
                .post("/api/v1/products").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Terminates the feed connections whose LISTEN belongs to {@code replica} (by its backend's pid). */
    private int terminate(ChangeFeed replica) throws SQLException {
        int killed = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database()"
                                + " and application_name = ? and pid = any(?)")) {
            statement.setString(1, ChangeFeed.APPLICATION_NAME);
            statement.setArray(2, connection.createArrayOf("integer", replica.backendPids().toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    killed += rows.getBoolean(1) ? 1 : 0;
                }
            }
        }
        return killed;
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
