package vn.ocop.api.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan with its targets, milestones and activities. {@code version} is also sent as the ETag. */
@Schema(name = "PlanResponse")
public record PlanResponse(
        @Schema(example = "7") Long id,
        @Schema(example = "412") Long areaId,
        @Schema(example = "529") String areaCode,
        @Schema(example = "Sơn Hà") String areaName,
        @Schema(example = "2024") int year,
        @Schema(example = "66/KH-UBND") String number,
        @Schema(example = "2024-04-04") LocalDate issuedOn,
        String title,
        @Schema(example = "148/QĐ-TTg") String ruleSet,
        @Schema(example = "2000000000") BigDecimal budgetVnd,
        String fundingSource,
        List<String> executingUnits,
        String note,
        @Schema(description = "Row version of the whole plan (ETag)", example = "3") long version,
        Instant createdAt,
        Instant updatedAt,
        List<TargetResponse> targets,
        List<MilestoneResponse> milestones,
        List<ActivityResponse> activities) {
}
