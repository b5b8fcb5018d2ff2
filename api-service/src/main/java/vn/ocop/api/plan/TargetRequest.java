package vn.ocop.api.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.scoring.catalogue.ProductGroup;
import vn.ocop.scoring.lifecycle.EvaluationType;

/**
 * A plan target (chỉ tiêu). Which fields apply depends on {@code kind}:
 * PRODUCTS_AT_LEAST_STARS needs minStars (productGroup, evaluationType optional); CUMULATIVE_AT_LEAST_STARS
 * needs minStars (productGroup optional); UPGRADES needs fromStars &lt; toStars; RECERTIFICATIONS takes minStars
 * and productGroup optionally; PRODUCERS_TRAINED_PERCENT a quantity 0–100; COMMUNES_WITH_PRODUCT an optional
 * quantity (none: every commune); OTHER a label. quantityMax makes a range quantity–quantityMax. The four
 * certificate kinds may name products (productIds): quantity is then optional (default: all of them).
 */
@Schema(name = "TargetRequest")
public record TargetRequest(
        @Schema(example = "CUMULATIVE_AT_LEAST_STARS") @NotNull TargetKind kind,
        @Schema(example = "Lũy kế 10–12 sản phẩm OCOP đạt 3 sao trở lên") @Size(max = 500) String label,
        @Schema(example = "3") @Min(3) @Max(5) Integer minStars,
        @Schema(example = "4") @Min(3) @Max(4) Integer fromStars,
        @Schema(example = "5") @Min(4) @Max(5) Integer toStars,
        @Schema(example = "FOOD") ProductGroup productGroup,
        @Schema(example = "NEW") EvaluationType evaluationType,
        @Schema(description = "The target, or the lower end of a range", example = "10")
        @PositiveOrZero Integer quantity,
        @Schema(description = "Upper end of a range, at least quantity", example = "12")
        @PositiveOrZero Integer quantityMax,
        @Schema(description = "Training classes: about how many people each", example = "30")
        @Positive Integer participantsEach,
        @Schema(description = "Certificate targets only: the products the target names (each in the plan's area); "
                + "progress is then per named product and quantity defaults to their number", example = "[101, 102]")
        @Size(max = 100) List<@NotNull Long> productIds) {
}
