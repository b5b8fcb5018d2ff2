package vn.ocop.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audit log entry as the API shows it; before/after are the JSON snapshots of the record. */
@Schema(name = "AuditEntry")
public record AuditEntryResponse(
        long id,
        Instant occurredAt,
        @Schema(example = "can.bo.tinh") String actor,
        @Schema(example = "dossier.submit") String action,
        @Schema(example = "dossier") String entityType,
        long entityId,
        Long productId,
        @Schema(description = "The record before the write (absent on creation)") JsonNode before,
        @Schema(description = "The record after the write (absent on deletion)") JsonNode after) {
}
