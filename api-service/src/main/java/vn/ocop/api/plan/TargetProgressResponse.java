package vn.ocop.api.plan;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far one target is: the actual value counted from the data against the expected value. */
@Schema(name = "TargetProgress")
public record TargetProgressResponse(
        @Schema(example = "21") Long targetId,
        TargetKind kind,
        String label,
        @Schema(description = "The target (quantity; for COMMUNES_WITH_PRODUCT without quantity, the number of "
                + "communes of the area)", example = "10") Integer expected,
        @Schema(description = "Upper end of a range target", example = "12") Integer expectedMax,
        @Schema(description = "Value counted from the data; a percentage for PRODUCERS_TRAINED_PERCENT; null when "
                + "not measured", example = "11") BigDecimal actual,
        @Schema(description = "For percentages: producers trained", example = "9") Long numerator,
        @Schema(description = "For percentages: producers taking part in the year", example = "12") Long denominator,
        @Schema(description = "actual / expected × 100, one decimal", example = "110.0") BigDecimal percentDone,
        @Schema(description = "actual ≥ expected", example = "true") Boolean achieved,
        @Schema(description = "Range targets: expected ≤ actual ≤ expectedMax", example = "true") Boolean withinRange,
        @Schema(description = "false for OTHER targets, which are not computed") boolean measured,
        @Schema(description = "COMPUTED from the records, RECORDED by officials (OTHER targets with recorded "
                + "actuals), or NOT_MEASURED") ProgressBasis basis,
        @Schema(description = "Targets naming products: each named product's standing (actual counts the ACHIEVED "
                + "ones); null when the target counts any product") List<NamedProductProgress> products) {
}
