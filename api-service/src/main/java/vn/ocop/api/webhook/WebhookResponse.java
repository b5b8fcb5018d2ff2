package vn.ocop.api.webhook;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook subscription (never its secret, which is shown once, on creation). */
@Schema(name = "WebhookResponse")
public record WebhookResponse(long id, String url, List<String> eventTypes, Long areaId,
        @Schema(example = "/3/") String areaPath, String description, boolean active, String createdBy, long version,
        Instant createdAt, Instant updatedAt) {

    static WebhookResponse of(WebhookSubscription s) {
        return new WebhookResponse(s.id, s.url, s.types(), s.areaId, s.areaPath, s.description, s.active, s.createdBy,
                s.version, s.createdAt, s.updatedAt);
    }
}
