package vn.ocop.api.changes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the change feed. */
@Schema(name = "ChangePage")
public record ChangePage(
        @Schema(description = "Events after the cursor, in commit order") List<ChangeItem> items,
        @Schema(description = "Cursor to pass as after= for the next page (also when items is empty)",
                example = "YzE6MTA0Mg") String next,
        @Schema(description = "More events are already available after next") boolean hasMore) {
}
