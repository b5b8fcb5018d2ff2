package vn.ocop.api.changes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.certificate.Certificate;
import vn.ocop.api.certificate.CertificateRepository;
import vn.ocop.api.common.FullBodies;
import vn.ocop.api.producer.ProducerRequest;
import vn.ocop.api.product.ProductRequest;
import vn.ocop.api.product.ProductTestData;
import vn.ocop.api.security.Role;
import vn.ocop.api.security.TestTokens;

/**
 * The change feed (issue 16 §3): a copy rebuilt from an export and the feed stays equal to the API through a
 * stream of changes; commit order with a slow transaction; cursors (400, 410); area scope; expiry by date.
 */
@QuarkusTest
class ChangeFeedTest {

    private static final String CHANGES = "/api/v1/changes";

    @Inject
    ProductTestData data;

    @Inject
    ChangeRecorder recorder;

    @Inject
    ChangeRetention retention;


    @Inject
    ExpiryJob expiry;

    @Inject
    CertificateRepository certificates;

    private ProductTestData.Place place;

    @BeforeEach
    void signIn() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
        place = data.place();
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
    }

    @Test
    void aCopyFromAnExportAndTheFeedStaysEqualToTheApiThroughAStreamOfChanges() {
        // Data that exists before the client starts, partly written behind the API (no events).
        long producerId = data.producer("Hợp tác xã Chè Tân Cương", place.communeId());
        long certified = id(post("/api/v1/products", Map.of("name", "Chè búp Tân Cương", "producerId", producerId,
                "productSetCode", "FOOD_FRESH_PRODUCE")));
        long certificateId = data.certify(certified, 4);
        Map<String, Object> inCommune = Map.of("areaId", place.communeId());

        // The client: the cursor first, then the export, then the feed after the cursor.
        FeedCopy copy = new FeedCopy(FeedCopy.head());
        copy.load("product", "/api/v1/products", inCommune);
        copy.load("producer", "/api/v1/producers", inCommune);
        copy.load("certificate", "/api/v1/certificates", inCommune);
        assertEqual(copy, inCommune);

        // A stream of changes through the API, the copy following after each step.
        long second = id(post("/api/v1/producers", Map.of("name", "Hộ kinh doanh Nguyễn Văn Bình",
                "type", "COOPERATIVE", "registrationCode", "TC-" + System.nanoTime(), "areaId", place.communeId())));
        long a = id(post("/api/v1/products", Map.of("name", "Mật ong bạc hà Đồng Văn", "producerId", second,
                "productSetCode", "FOOD_FRESH_PRODUCE")));
        long b = id(post("/api/v1/products", Map.of("name", "Miến dong Bình Liêu", "producerId", producerId,
                "productSetCode", "FOOD_FRESH_PRODUCE")));
        copy.follow(2);
        assertEqual(copy, inCommune);

        put("/api/v1/products/" + a, ProductRequest.class, Map.of("name", "Mật ong bạc hà Mèo Vạc",
                "producerId", second, "productSetCode", "FOOD_FRESH_PRODUCE", "stage", "IDEA_REGISTERED", "areaId", place.communeId(),
                "description", "Mùa hoa tháng mười"));
        put("/api/v1/producers/" + second, ProducerRequest.class, Map.of("name", "Hộ kinh doanh Nguyễn Văn Bình (Mèo Vạc)",
                "type", "COOPERATIVE", "registrationCode", "TC-" + System.nanoTime(), "areaId", place.communeId()));
        delete("/api/v1/products/" + b);
        revoke(certificateId);
        int read = copy.follow(3);
        assertThat(read).isGreaterThanOrEqualTo(5);
        assertEqual(copy, inCommune);
        assertThat(copy.seen).extracting(e -> e.path("type").asText())
                .containsSubsequence("product.updated", "producer.updated", "product.deleted", "certificate.revoked",
                        "product.updated");
        assertThat(copy.seen.toString()).doesNotContain("citizenId");

        // Nothing more: the feed answers an empty page and the same cursor.
        String end = copy.cursor;
        assertThat(copy.follow(100)).isZero();
        assertThat(copy.cursor).isEqualTo(end);
    }

    @Test
    void aTransactionThatStartedFirstAndCommitsLastIsNotSkipped() throws Exception {
        String head = FeedCopy.head();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        long[] slowId = new long[1];
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            slowId[0] = recorder.append(ChangeTypes.PRODUCT_UPDATED, "product", 900_001L, null, areaPath(), Map.of("id", 900_001),
                    "test", Instant.now(), null).id;
            written.countDown();
            await(release);
        }));
        assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
        long fastId = QuarkusTransaction.requiringNew().call(() -> recorder.append(ChangeTypes.PRODUCT_UPDATED, "product",
                900_002L, null, areaPath(), Map.of("id", 900_002), "test", Instant.now(), null).id);
        assertThat(slowId[0]).isLessThan(fastId);

        FeedCopy reader = new FeedCopy(head);
        reader.follow(100);
        assertThat(reader.seen).extracting(e -> e.path("id").asLong()).containsExactly(fastId);

        release.countDown();
        slow.get(10, TimeUnit.SECONDS);
        reader.follow(100);
        assertThat(reader.seen).extracting(e -> e.path("id").asLong()).containsExactly(fastId, slowId[0]);
    }

    @Test
    void badCursorsTypesAndLimitsAre400NamingTheParameter() {
        for (String bad : List.of("!!!", "YWJj", "YzE6LTE", "YzE6MDE", "a".repeat(50))) {
            given().queryParam("after", bad).get(CHANGES).then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("errors.field", hasItem("after"));
        }
        // A cursor past the feed's end was not issued by it.
        given().queryParam("after", ChangeCursor.of(Long.MAX_VALUE / 10)).get(CHANGES).then().statusCode(400);
        given().queryParam("types", "product.created,certificate.stolen").get(CHANGES).then().statusCode(400)
                .body("errors.field", hasItem("types"));
        given().queryParam("limit", 0).get(CHANGES).then().statusCode(400);
        given().queryParam("limit", 1001).get(CHANGES).then().statusCode(400);
    }

    @Test
    void typesFilterTheFeed() {
        String head = FeedCopy.head();
        long producerId = id(post("/api/v1/producers", Map.of("name", "Hợp tác xã Lúa Tám Xoan", "type", "COOPERATIVE",
                "registrationCode", "LT-" + System.nanoTime(), "areaId", place.communeId())));
        long product = id(post("/api/v1/products", Map.of("name", "Gạo tám xoan Hải Hậu", "producerId", producerId,
                "productSetCode", "FOOD_FRESH_PRODUCE")));
        delete("/api/v1/products/" + product);
        given().queryParam("after", head).queryParam("types", "product.deleted").get(CHANGES).then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].entityId", equalTo((int) product))
                .body("items[0].data", equalTo(null));
    }

    @Test
    void aCommuneOfficialSeesOnlyItsAreasEvents() {
        ProductTestData.Place elsewhere = data.place();
        String head = FeedCopy.head();
        long mine = id(post("/api/v1/producers", Map.of("name", "Hợp tác xã Sơn Hà", "type", "COOPERATIVE",
                "registrationCode", "SH-" + System.nanoTime(), "areaId", place.communeId())));
        long theirs = id(post("/api/v1/producers", Map.of("name", "Hợp tác xã Mường Lò", "type", "COOPERATIVE",
                "registrationCode", "ML-" + System.nanoTime(), "areaId", elsewhere.communeId())));

        TestTokens.authenticateEveryRequest(TestTokens.officer(Role.COMMUNE, areaPath()));
        FeedCopy officer = new FeedCopy(head);
        officer.follow(1);
        assertThat(officer.seen).extracting(e -> e.path("entityId").asLong()).contains(mine).doesNotContain(theirs);
        assertThat(officer.seen).allSatisfy(e -> assertThat(e.path("areaPath").asText()).startsWith(areaPath()));

        TestTokens.authenticateEveryRequest(TestTokens.producer(mine));
        given().get(CHANGES).then().statusCode(403);
    }

    @Test
    void aCursorOlderThanTheRetentionIs410() {
        String old = FeedCopy.head();
        post("/api/v1/producers", Map.of("name", "Hợp tác xã Rau Đà Lạt", "type", "COOPERATIVE",
                "registrationCode", "DL-" + System.nanoTime(), "areaId", place.communeId()));
        FeedCopy.head();
        assertThat(retention.pruneBefore(Instant.now().plusSeconds(60))).isPositive();
        given().queryParam("after", old).get(CHANGES).then().statusCode(410)
                .contentType(startsWith("application/problem+json"));
        String oldest = given().get(CHANGES + "/head").then().statusCode(200).extract().path("oldest");
        given().queryParam("after", oldest).get(CHANGES).then().statusCode(200);
        given().get(CHANGES).then().statusCode(200);
    }

    @Test
    void aCertificateExpiryAppearsOnceOnTheDayAfterItsLastDayInForce() {
        long producerId = data.producer("Hợp tác xã Nón lá Chuông", place.communeId());
        long product = id(post("/api/v1/products", Map.of("name", "Nón lá Chuông", "producerId", producerId,
                "productSetCode", "FOOD_FRESH_PRODUCE")));
        long certificateId = data.certify(product, 3);
        LocalDate lastDay = QuarkusTransaction.requiringNew().call(() -> certificates.findById(certificateId).inForceThrough);
        String head = FeedCopy.head();

        expiry.run(lastDay);
        FeedCopy reader = new FeedCopy(head);
        reader.follow(100);
        assertThat(expiredEvents(reader, certificateId)).isEmpty();

        expiry.run(lastDay.plusDays(1));
        expiry.run(lastDay.plusDays(1));
        expiry.run(lastDay.plusDays(2));
        reader.follow(100);
        List<JsonNode> expired = expiredEvents(reader, certificateId);
        assertThat(expired).hasSize(1);
        assertThat(expired.get(0).path("data").path("state").asText()).isEqualTo("EXPIRED");
        assertThat(reader.seen).anySatisfy(e -> {
            assertThat(e.path("type").asText()).isEqualTo("product.updated");
            assertThat(e.path("entityId").asLong()).isEqualTo(product);
        });
    }

    private static List<JsonNode> expiredEvents(FeedCopy reader, long certificateId) {
        return reader.seen.stream().filter(e -> e.path("type").asText().equals("certificate.expired")
                && e.path("entityId").asLong() == certificateId).toList();
    }

    private String areaPath() {
        return "/" + place.provinceId() + "/" + place.communeId() + "/";
    }

    private static void assertEqual(FeedCopy copy, Map<String, Object> query) {
        assertThat(copy.of("product")).isEqualTo(FeedCopy.list("/api/v1/products", query));
        assertThat(copy.of("producer")).isEqualTo(FeedCopy.list("/api/v1/producers", query));
        assertThat(copy.of("certificate")).isEqualTo(FeedCopy.list("/api/v1/certificates", query));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Response post(String path, Map<String, Object> body) {
        Response r = given().contentType(ContentType.JSON).body(body).post(path);
        r.then().statusCode(201);
        return r;
    }

    static long id(Response r) {
        return r.jsonPath().getLong("id");
    }

    static void put(String path, Class<? extends Record> type, Map<String, Object> body) {
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(FullBodies.of(type, body)).put(path)
                .then().log().ifValidationFails().statusCode(200);
    }

    static void delete(String path) {
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        given().header("If-Match", etag).delete(path).then().statusCode(204);
    }

    static void revoke(long certificateId) {
        String path = "/api/v1/certificates/" + certificateId;
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        Map<String, Object> body = new HashMap<>(Map.of("ground", "NO_LONGER_MEETS_CRITERIA",
                "revokedOn", LocalDate.now(vn.ocop.api.common.time.ClockProducer.VIETNAM).toString(),
                "revokingLevel", "PROVINCE", "revokingBody", "UBND tỉnh Hà Tĩnh"));
        given().contentType(ContentType.JSON).header("If-Match", etag).body(body).post(path + "/revocation")
                .then().statusCode(200);
    }
}
