package vn.ocop.api.changes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The feed's current end: take it before an export, then read the feed after it. */
@Schema(name = "ChangeHead")
public record ChangeHead(@Schema(example = "YzE6MTA0Mg") String cursor,
        @Schema(description = "The oldest cursor still served (older ones answer 410)", example = "YzE6MA") String oldest) {
}
