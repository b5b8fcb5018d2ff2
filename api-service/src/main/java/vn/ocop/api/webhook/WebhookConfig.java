package vn.ocop.api.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Webhook delivery settings ({@code ocop.webhooks.*}, docs/integration.md). */
@ConfigMapping(prefix = "ocop.webhooks")
public interface WebhookConfig {

    @WithDefault("PT5S")
    Duration connectTimeout();

    /** Time for the receiver to answer (the whole request). */
    @WithDefault("PT5S")
    Duration readTimeout();

    /** Delay after the first failure; doubled after each further one, up to {@link #maxBackoff}. */
    @WithDefault("PT10S")
    Duration initialBackoff();

    @WithDefault("PT1H")
    Duration maxBackoff();

    /** How long a delivery is retried before it is FAILED (at least 24 hours). */
    @WithDefault("PT24H")
    Duration retryFor();

    /** How long a claim holds: a worker that died mid-delivery lets another take it after this. */
    @WithDefault("PT1M")
    Duration lease();

    /** Deliveries claimed per round. */
    @WithDefault("200")
    int batch();

    /** Concurrent HTTP requests of one worker. */
    @WithDefault("32")
    int threads();
}
