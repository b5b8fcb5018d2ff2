package vn.ocop.api.plan;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Progress of a plan's targets, computed from the data on {@code asOf}. */
@Schema(name = "PlanProgress")
public record PlanProgressResponse(
        @Schema(example = "7") Long planId,
        @Schema(example = "412") Long areaId,
        @Schema(example = "2024") int year,
        @Schema(description = "Reference day: the end of the plan year, or the asked day when earlier",
                example = "2024-12-31") LocalDate asOf,
        List<TargetProgressResponse> targets) {
}
