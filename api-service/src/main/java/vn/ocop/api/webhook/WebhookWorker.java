package vn.ocop.api.webhook;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.logging.Logger;
import vn.ocop.api.changes.ChangeSequencer;
import vn.ocop.api.changes.ChangesConfig;
import vn.ocop.api.common.time.Today;

/**
 * Delivers webhooks from the outbox, at least once: every second (and until the queue is empty) it positions new
 * events, fans them out and sends the due deliveries, {@code webhook.threads} at a time, signed as Standard Webhooks
 * do ({@code webhook-id} = {@code evt_{event id}}, the same on every retry; {@code webhook-timestamp};
 * {@code webhook-signature}). A 2xx answer delivers; anything else (status, timeout, refused connection) is retried
 * after {@code initial-backoff}, doubling up to {@code max-backoff}, until {@code retry-for} (24 h) has passed since
 * the event, then FAILED. Replicas each run a worker; the claim ({@link WebhookStore#claim}) keeps them apart.
 */
@ApplicationScoped
public class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);
    private static final int FAN_OUT_BATCH = 1000;

    private final WebhookStore store;
    private final ChangeSequencer sequencer;
    private final WebhookConfig config;
    private final ChangesConfig changes;
    private final Today today;
    private final String workerId = "worker-" + UUID.randomUUID();
    private final HttpClient http;
    private final ExecutorService senders;

    public WebhookWorker(WebhookStore store, ChangeSequencer sequencer, WebhookConfig config, ChangesConfig changes,
            Today today) {
        this.store = store;
        this.sequencer = sequencer;
        this.config = config;
        this.changes = changes;
        this.today = today;
        this.senders = Executors.newFixedThreadPool(config.threads(), runnable -> {
            Thread thread = new Thread(runnable, "webhook-sender");
            thread.setDaemon(true);
            return thread;
        });
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        senders.shutdownNow();
    }

    @Scheduled(every = "1s", delay = 5, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (!changes.jobsEnabled()) {
            return;
        }
        try {
            drain(workerId, Duration.ofSeconds(30));
        } catch (RuntimeException e) {
            LOG.warnf("webhook delivery round failed: %s", e.toString());
        }
    }

    /** Rounds until nothing is due or {@code budget} is spent; returns the deliveries attempted. */
    public int drain(String worker, Duration budget) {
        long end = System.nanoTime() + budget.toNanos();
        int total = 0;
        int done;
        do {
            done = runOnce(worker);
            total += done;
        } while (done > 0 && System.nanoTime() < end);
        return total;
    }

    /** One round: sequence, fan out, claim a batch, send it, record the attempts. Returns the deliveries attempted. */
    public int runOnce(String worker) {
        sequencer.sequenceAll();
        while (store.fanOut(FAN_OUT_BATCH, today.now()) == FAN_OUT_BATCH) {
            // until every positioned event is fanned out
        }
        Instant now = today.now();
        List<WebhookStore.Claim> claims = store.claim(worker, config.batch(), now, now.plus(config.lease()));
        List<Future<?>> sent = new ArrayList<>(claims.size());
        for (WebhookStore.Claim claim : claims) {
            sent.add(senders.submit(() -> attempt(worker, claim)));
        }
        for (Future<?> future : sent) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return claims.size();
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.warnf("webhook attempt failed to record: %s", e.getCause().toString());
            }
        }
        return claims.size();
    }

    private void attempt(String worker, WebhookStore.Claim claim) {
        WebhookStore.Outcome outcome = send(claim);
        Instant now = today.now();
        store.complete(claim, worker, outcome, now, outcome.delivered() ? null : retryAt(claim, now));
    }

    /** The next attempt after a failure, or null when the retry period is over (FAILED). */
    Instant retryAt(WebhookStore.Claim claim, Instant now) {
        if (!now.isBefore(claim.createdAt().plus(config.retryFor()))) {
            return null;
        }
        int failures = claim.attempts() + 1;
        Duration delay = config.initialBackoff().multipliedBy(1L << Math.min(failures - 1, 20));
        if (delay.compareTo(config.maxBackoff()) > 0) {
            delay = config.maxBackoff();
        }
        return now.plus(delay);
    }

    WebhookStore.Outcome send(WebhookStore.Claim claim) {
        long timestamp = today.now().getEpochSecond();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(claim.url())).timeout(config.readTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "OCOP-Webhooks/1")
                    .header("webhook-id", claim.webhookId())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(claim.secret(), claim.webhookId(), timestamp, claim.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(claim.body()))
                    .build();
        } catch (IllegalArgumentException e) {
            return new WebhookStore.Outcome(null, "invalid URL: " + e.getMessage());
        }
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return new WebhookStore.Outcome(status, status >= 200 && status < 300 ? null : "HTTP " + status);
        } catch (HttpTimeoutException e) {
            return new WebhookStore.Outcome(null, "timeout: " + e.getMessage());
        } catch (java.io.IOException e) {
            return new WebhookStore.Outcome(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new WebhookStore.Outcome(null, "interrupted");
        }
    }
}
