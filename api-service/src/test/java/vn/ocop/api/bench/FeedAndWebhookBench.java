package vn.ocop.api.bench;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import vn.ocop.api.changes.ChangeRecorder;
import vn.ocop.api.changes.ChangeSequencer;
import vn.ocop.api.changes.ChangeTypes;
import vn.ocop.api.product.ProductTestData;
import vn.ocop.api.security.TestTokens;
import vn.ocop.api.webhook.WebhookSubscriptionRepository;
import vn.ocop.api.webhook.WebhookWorker;

/**
 * Issue 16 performance: change feed read (target 5,000 events/s) and webhook delivery to a local receiver (target
 * 200 events/s). Not part of CI (name without "Test"); run with
 * {@code ./mvnw -pl api-service verify -Dtest=FeedAndWebhookBench} (add -Ppostgres and PG_TEST_URL for PostgreSQL)
 * and write the printed figures into docs/benchmarks.md.
 */
@QuarkusTest
class FeedAndWebhookBench {

    private static final int FEED_EVENTS = Integer.getInteger("bench.feedEvents", 20_000);
    private static final int WEBHOOK_EVENTS = Integer.getInteger("bench.webhookEvents", 2_000);

    @Inject
    ChangeRecorder recorder;

    @Inject
    ChangeSequencer sequencer;

    @Inject
    WebhookWorker worker;

    @Inject
    WebhookSubscriptionRepository subscriptions;

    @Inject
    ProductTestData data;

    @Test
    void feedReadAndWebhookDelivery() throws Exception {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
        ProductTestData.Place place = data.place();
        String area = "/" + place.provinceId() + "/" + place.communeId() + "/";
        String payload = "{\"id\":1,\"name\":\"Mật ong bạc hà Mèo Vạc\",\"stage\":\"CERTIFIED\",\"areaPath\":\"" + area
                + "\",\"description\":\"" + "Sản phẩm OCOP 4 sao của Hà Giang. ".repeat(8) + "\"}";
        Map<String, Object> snapshot = new com.fasterxml.jackson.databind.ObjectMapper().readValue(payload, Map.class);

        // ---- change feed ----
        String head = given().get("/api/v1/changes/head").then().extract().path("cursor");
        long t0 = System.nanoTime();
        write(FEED_EVENTS, area, snapshot);
        long t1 = System.nanoTime();
        int positioned = sequencer.sequenceAll();
        long t2 = System.nanoTime();
        // A plain client (JDK HTTP + Jackson), so that the client's own parsing is not what is measured.
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        String token = TestTokens.admin();
        String base = "http://localhost:" + io.restassured.RestAssured.port;
        int read = 0;
        String cursor = head;
        while (true) {
            java.net.http.HttpResponse<byte[]> response = client.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(base + "/api/v1/changes?limit=1000&after=" + cursor))
                    .header("Authorization", "Bearer " + token).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            com.fasterxml.jackson.databind.JsonNode page = json.readTree(response.body());
            read += page.path("items").size();
            cursor = page.path("next").asText();
            if (!page.path("hasMore").asBoolean()) {
                break;
            }
        }
        long t3 = System.nanoTime();
        assertThat(read).isGreaterThanOrEqualTo(FEED_EVENTS);
        System.out.printf("BENCH outbox write: %d events in %.2f s = %.0f events/s (1,000 per transaction)%n",
                FEED_EVENTS, secs(t0, t1), FEED_EVENTS / secs(t0, t1));
        System.out.printf("BENCH sequencer: %d events in %.2f s = %.0f events/s%n", positioned, secs(t1, t2),
                positioned / secs(t1, t2));
        System.out.printf("BENCH feed read over HTTP (limit 1000, ~%d-byte payloads): %d events in %.2f s = %.0f events/s%n",
                payload.length(), read, secs(t2, t3), read / secs(t2, t3));

        // ---- webhook delivery to a local receiver ----
        Set<String> received = ConcurrentHashMap.newKeySet();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.setExecutor(Executors.newFixedThreadPool(64));
        server.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.add(exchange.getRequestHeaders().getFirst("webhook-id"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            worker.drain("bench-drain", Duration.ofMinutes(2)); // fan out the feed events first (no subscription)
            Map<String, Object> body = new HashMap<>();
            body.put("url", "http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
            body.put("eventTypes", List.of(ChangeTypes.PRODUCT_UPDATED));
            body.put("areaId", place.communeId());
            body.put("description", "Băng thử hiệu năng");
            body.put("active", true);
            given().contentType(ContentType.JSON).body(body).post("/api/v1/webhooks").then().statusCode(201);
            write(WEBHOOK_EVENTS, area, snapshot);
            long w0 = System.nanoTime();
            int attempted = worker.drain("bench", Duration.ofMinutes(5));
            long w1 = System.nanoTime();
            System.out.printf("BENCH webhook delivery (sequence + fan-out + claim + POST + record): %d events, %d received in %.2f s = %.0f events/s%n",
                    attempted, received.size(), secs(w0, w1), received.size() / secs(w0, w1));
            assertThat(received).hasSize(WEBHOOK_EVENTS);
        } finally {
            server.stop(0);
            QuarkusTransaction.requiringNew().run(() -> subscriptions.deleteAll());
            TestTokens.reset();
        }
    }

    private void write(int count, String area, Map<String, Object> snapshot) {
        for (int done = 0; done < count; done += 1000) {
            int n = Math.min(1000, count - done);
            int base = done;
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = 0; i < n; i++) {
                    recorder.append(ChangeTypes.PRODUCT_UPDATED, "product", 5_000_000L + base + i, null, area, snapshot,
                            "bench", Instant.now(), null);
                }
            });
        }
    }

    private static double secs(long from, long to) {
        return (to - from) / 1e9;
    }
}
