package vn.ocop.api.changes;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event of the change feed, also the body of a webhook delivery. */
@Schema(name = "ChangeEvent")
public record ChangeItem(
        @Schema(description = "Event id: unique, the same in the feed and in webhook deliveries (webhook-id evt_{id})",
                example = "1042") long id,
        @Schema(example = "certificate.issued") String type,
        Instant occurredAt,
        @Schema(description = "product, producer, certificate, dossier, round-dossier (a result), decision",
                example = "certificate") String entityType,
        @Schema(example = "7") long entityId,
        @Schema(description = "The product concerned, if any", example = "101") Long productId,
        @Schema(description = "Area path of the record (ids from the province down)", example = "/3/412/") String areaPath,
        @Schema(description = "The record after the change as GET shows it (no citizen id); null on deletion",
                implementation = Object.class) JsonNode data) {
}
