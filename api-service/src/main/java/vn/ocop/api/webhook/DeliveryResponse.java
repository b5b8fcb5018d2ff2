package vn.ocop.api.webhook;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a subscription's delivery log. */
@Schema(name = "WebhookDelivery")
public record DeliveryResponse(long id, @Schema(description = "The event id; webhook-id is evt_{eventId}") long eventId,
        String eventType, WebhookDelivery.Status status, int attempts, Instant createdAt,
        @Schema(description = "When it is tried next (PENDING)") Instant nextAttemptAt, Instant lastAttemptAt,
        @Schema(description = "HTTP status of the last answer; null when none came (timeout, refused connection)")
        Integer lastStatus, String lastError, Instant deliveredAt) {
}
