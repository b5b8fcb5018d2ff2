package vn.ocop.api.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.common.time.MovableClock;
import vn.ocop.api.product.ProductTestData;
import vn.ocop.api.security.Role;
import vn.ocop.api.security.TestTokens;

/**
 * Webhooks (issue 16 §4) against a real HTTP receiver (WireMock): signed deliveries verified by recomputing the
 * HMAC, a receiver that fails and recovers, one that times out, the same webhook-id on every retry, two workers
 * never sending one delivery twice, a claim left by a killed worker taken over when its lease ends; and the
 * subscriptions' CRUD with its access rules.
 */
@QuarkusTest
class WebhookTest {

    private static final String WEBHOOKS = "/api/v1/webhooks";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WireMockServer receiver;

    @Inject
    ProductTestData data;

    @Inject
    WebhookWorker worker;

    @Inject
    WebhookStore store;

    @Inject
    WebhookSubscriptionRepository subscriptions;

    @Inject
    MovableClock clock;

    @Inject
    vn.ocop.api.changes.ChangeSequencer sequencer;

    private ProductTestData.Place place;
    private long producerId;

    @BeforeAll
    static void startReceiver() {
        receiver = new WireMockServer(options().dynamicPort().containerThreads(20));
        receiver.start();
        // A cold receiver answers its first requests slowly (class loading): warm it up before timeouts count.
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        for (int i = 0; i < 20; i++) {
            try {
                client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(receiver.baseUrl() + "/warm-up"))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop();
    }

    @BeforeEach
    void setUp() {
        receiver.resetAll();
        receiver.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(204)));
        TestTokens.authenticateEveryRequest(TestTokens.admin());
        place = data.place();
        producerId = data.producer("Hợp tác xã Nước mắm Cửa Hội", place.communeId());
        // Events before this test go nowhere: no other subscription stays.
        QuarkusTransaction.requiringNew().run(() -> subscriptions.deleteAll());
        worker.runOnce("setup");
    }

    @AfterEach
    void tearDown() {
        QuarkusTransaction.requiringNew().run(() -> subscriptions.deleteAll());
        clock.reset();
        TestTokens.reset();
    }

    @Test
    void aDeliveryIsSignedAsStandardWebhooksDo() throws Exception {
        String secret = subscribe(List.of("product.created"), place.provinceId()).path("secret").asText();
        assertThat(secret).startsWith("whsec_");
        long product = createProduct("Nước mắm Cửa Hội");

        assertThat(worker.runOnce("w1")).isEqualTo(1);
        List<LoggedRequest> requests = receiver.findAll(postRequestedFor(urlEqualTo("/hook")));
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.get(0);
        String id = request.getHeader("webhook-id");
        String timestamp = request.getHeader("webhook-timestamp");
        String body = request.getBodyAsString();
        assertThat(request.getHeader("webhook-signature")).isEqualTo("v1," + hmac(secret, id + "." + timestamp + "." + body));
        assertThat(Math.abs(Long.parseLong(timestamp) - Instant.now().getEpochSecond())).isLessThan(60);
        JsonNode event = JSON.readTree(body);
        assertThat(id).isEqualTo("evt_" + event.path("id").asLong());
        assertThat(event.path("type").asText()).isEqualTo("product.created");
        assertThat(event.path("data").path("id").asLong()).isEqualTo(product);
        assertThat(event.path("data").path("name").asText()).isEqualTo("Nước mắm Cửa Hội");
    }

    @Test
    void aReceiverThatFailsThenRecoversGetsTheSameIdAgain() {
        long subscription = subscribe(List.of("product.created"), place.communeId()).path("subscription").path("id").asLong();
        receiver.stubFor(post(urlEqualTo("/hook")).inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("recovered"));
        receiver.stubFor(post(urlEqualTo("/hook")).inScenario("outage").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200)));
        createProduct("Kẹo cu đơ Hà Tĩnh");

        worker.runOnce("w1");
        given().get(WEBHOOKS + "/" + subscription + "/deliveries").then().statusCode(200)
                .body("items[0].status", equalTo("PENDING")).body("items[0].attempts", equalTo(1))
                .body("items[0].lastStatus", equalTo(500)).body("items[0].nextAttemptAt", startsWith("20"));
        // Not due yet: nothing is sent again.
        assertThat(worker.runOnce("w1")).isZero();

        clock.setTo(Instant.now().plus(Duration.ofMinutes(1)));
        assertThat(worker.runOnce("w1")).isEqualTo(1);
        given().get(WEBHOOKS + "/" + subscription + "/deliveries").then().statusCode(200)
                .body("items[0].status", equalTo("DELIVERED")).body("items[0].attempts", equalTo(2))
                .body("items[0].lastStatus", equalTo(200)).body("items[0].nextAttemptAt", equalTo(null));
        List<String> ids = webhookIds();
        assertThat(ids).hasSize(2);
        assertThat(ids.get(0)).isEqualTo(ids.get(1));
    }

    @Test
    void aReceiverThatTimesOutIsRetried() {
        long subscription = subscribe(List.of("product.created"), place.communeId()).path("subscription").path("id").asLong();
        receiver.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(200).withFixedDelay(4000)));
        createProduct("Cam Vinh");
        worker.runOnce("w1");
        given().get(WEBHOOKS + "/" + subscription + "/deliveries").then().statusCode(200)
                .body("items[0].status", equalTo("PENDING")).body("items[0].lastStatus", equalTo(null))
                .body("items[0].lastError", startsWith("timeout"));

        receiver.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(200)));
        clock.setTo(Instant.now().plus(Duration.ofMinutes(1)));
        worker.runOnce("w1");
        given().get(WEBHOOKS + "/" + subscription + "/deliveries").then().statusCode(200)
                .body("items[0].status", equalTo("DELIVERED")).body("items[0].attempts", equalTo(2));
    }

    @Test
    void afterTheRetryPeriodADeliveryFails() {
        long subscription = subscribe(List.of("product.created"), place.communeId()).path("subscription").path("id").asLong();
        receiver.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(503)));
        createProduct("Bưởi Phúc Trạch");
        worker.runOnce("w1");
        clock.setTo(Instant.now().plus(Duration.ofHours(23)));
        worker.runOnce("w1");
        given().get(WEBHOOKS + "/" + subscription + "/deliveries").then()
                .body("items[0].status", equalTo("PENDING")).body("items[0].attempts", equalTo(2));
        clock.setTo(Instant.now().plus(Duration.ofHours(24).plusMinutes(1)));
        worker.runOnce("w1");
        given().get(WEBHOOKS + "/" + subscription + "/deliveries").then()
                .body("items[0].status", equalTo("FAILED")).body("items[0].attempts", equalTo(3))
                .body("items[0].lastStatus", equalTo(503));
    }

    @Test
    void twoWorkersNeverSendOneDeliveryTwice() throws Exception {
        subscribe(List.of("product.created"), place.provinceId());
        receiver.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(200).withFixedDelay(30)));
        int count = 20;
        for (int i = 0; i < count; i++) {
            createProduct("Mật ong rừng U Minh " + i);
        }
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> worker.drain("replica-a", Duration.ofSeconds(20)));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> worker.drain("replica-b", Duration.ofSeconds(20)));
        assertThat(a.get() + b.get()).isEqualTo(count);
        Map<String, Long> perId = webhookIds().stream().collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        assertThat(perId).hasSize(count);
        assertThat(perId.values()).containsOnly(1L);
    }

    @Test
    void aClaimLeftByAKilledWorkerIsTakenOverWhenItsLeaseEnds() {
        long subscription = subscribe(List.of("product.created"), place.communeId()).path("subscription").path("id").asLong();
        createProduct("Chè Kim Anh");
        sequencer.sequenceAll();
        store.fanOut(1000, Instant.now());
        Instant now = Instant.now();
        List<WebhookStore.Claim> dead = store.claim("killed", 10, now, now.plusSeconds(60));
        assertThat(dead).hasSize(1);

        assertThat(worker.runOnce("survivor")).isZero();
        clock.setTo(now.plusSeconds(61));
        assertThat(worker.runOnce("survivor")).isEqualTo(1);
        assertThat(webhookIds()).containsExactly(dead.get(0).webhookId());
        // The killed worker's late report changes nothing: it no longer holds the claim.
        assertThat(store.complete(dead.get(0), "killed", new WebhookStore.Outcome(500, "late"), Instant.now(),
                Instant.now())).isFalse();
        given().get(WEBHOOKS + "/" + subscription + "/deliveries").then()
                .body("items[0].status", equalTo("DELIVERED")).body("items[0].attempts", equalTo(1));
    }

    @Test
    void subscriptionsAreManagedByAdminsAndProvincesWithinTheirArea() {
        Map<String, Object> body = body(List.of("certificate.issued"), place.provinceId());
        Response created = given().contentType(ContentType.JSON).body(body).post(WEBHOOKS);
        created.then().statusCode(201).header("ETag", equalTo("\"0\"")).header("Location", startsWith("http"));
        long id = created.jsonPath().getLong("subscription.id");
        given().get(WEBHOOKS + "/" + id).then().statusCode(200).body("secret", equalTo(null))
                .body("areaPath", equalTo("/" + place.provinceId() + "/"));

        body.put("eventTypes", List.of("certificate.issued", "certificate.revoked"));
        body.put("active", false);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put(WEBHOOKS + "/" + id).then()
                .statusCode(200).body("active", equalTo(false)).body("eventTypes.size()", equalTo(2));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put(WEBHOOKS + "/" + id).then()
                .statusCode(412);
        Map<String, Object> partial = new HashMap<>(body);
        partial.remove("description");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(partial).put(WEBHOOKS + "/" + id).then()
                .statusCode(400);

        // Bad fields: 400 naming them.
        for (Map.Entry<String, Object> bad : Map.<String, Object>of("url", "ftp://lgsp.example.vn/x", "eventTypes",
                List.of("certificate.stolen"), "areaId", 999_999_999L).entrySet()) {
            Map<String, Object> wrong = body(List.of("product.created"), place.provinceId());
            wrong.put(bad.getKey(), bad.getValue());
            given().contentType(ContentType.JSON).body(wrong).post(WEBHOOKS).then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("errors.field", hasItem(bad.getKey()));
        }
        Map<String, Object> unknown = body(List.of("product.created"), place.provinceId());
        unknown.put("secret", "whsec_bWluZQ==");
        given().contentType(ContentType.JSON).body(unknown).post(WEBHOOKS).then().statusCode(400);

        // A province official: its province only; the whole country is the administrator's.
        ProductTestData.Place other = data.place();
        TestTokens.authenticateEveryRequest(TestTokens.officer(Role.PROVINCE, "/" + place.provinceId() + "/"));
        given().get(WEBHOOKS + "/" + id).then().statusCode(200);
        given().contentType(ContentType.JSON).body(body(List.of("product.created"), other.provinceId())).post(WEBHOOKS)
                .then().statusCode(400).body("errors.field", hasItem("areaId"));
        Map<String, Object> country = body(List.of("product.created"), null);
        given().contentType(ContentType.JSON).body(country).post(WEBHOOKS).then().statusCode(400)
                .body("errors.field", hasItem("areaId"));
        given().contentType(ContentType.JSON).body(body(List.of("product.created"), place.communeId())).post(WEBHOOKS)
                .then().statusCode(201);
        TestTokens.authenticateEveryRequest(TestTokens.officer(Role.PROVINCE, "/" + other.provinceId() + "/"));
        given().get(WEBHOOKS + "/" + id).then().statusCode(404);
        given().get(WEBHOOKS).then().statusCode(200).body("total", equalTo(0));
        TestTokens.authenticateEveryRequest(TestTokens.officer(Role.COMMUNE, "/" + place.provinceId() + "/" + place.communeId() + "/"));
        given().get(WEBHOOKS).then().statusCode(403);

        TestTokens.authenticateEveryRequest(TestTokens.admin());
        given().header("If-Match", "\"1\"").delete(WEBHOOKS + "/" + id).then().statusCode(204);
        given().get(WEBHOOKS + "/" + id).then().statusCode(404);
    }

    private JsonNode subscribe(List<String> types, Long areaId) {
        String answer = given().contentType(ContentType.JSON).body(body(types, areaId)).post(WEBHOOKS).then()
                .statusCode(201).extract().asString();
        try {
            return JSON.readTree(answer);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> body(List<String> types, Long areaId) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", receiver.baseUrl() + "/hook");
        body.put("eventTypes", types);
        body.put("areaId", areaId);
        body.put("description", "Nền tảng tích hợp dữ liệu tỉnh Hà Tĩnh");
        body.put("active", true);
        return body;
    }

    private long createProduct(String name) {
        return given().contentType(ContentType.JSON).body(Map.of("name", name, "producerId", producerId,
                "productSetCode", "FOOD_FRESH_PRODUCE")).post("/api/v1/products").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static List<String> webhookIds() {
        return receiver.findAll(postRequestedFor(urlEqualTo("/hook"))).stream()
                .map(r -> r.getHeader("webhook-id")).toList();
    }

    private static String hmac(String secret, String content) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }
}
