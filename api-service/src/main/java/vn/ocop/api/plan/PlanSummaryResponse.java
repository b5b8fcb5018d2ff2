package vn.ocop.api.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan as listed: its own fields without targets, milestones and activities. */
@Schema(name = "PlanSummary")
public record PlanSummaryResponse(
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
        @Schema(example = "3") long version) {
}
