package vn.ocop.api.catalogue;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.scoring.catalogue.Criterion;
import vn.ocop.scoring.catalogue.ProductGroup;
import vn.ocop.scoring.catalogue.ProductSet;

/** A product set (bộ sản phẩm) in a list, for choosing one in a form. */
@Schema(name = "ProductSetSummary")
public record ProductSetSummary(
        @Schema(example = "FOOD_TEA") String code,
        @Schema(description = "Number of the sheet in the decision", example = "11") int no,
        @Schema(example = "Chè") String nameVi,
        @Schema(example = "Tea") String nameEn,
        @Schema(example = "FOOD") ProductGroup group,
        @Schema(description = "True when the sheet's maxima do not add up; results on it are provisional",
                example = "false") boolean provisional,
        @Schema(description = "Sum of the criteria's maximum points (100 unless provisional)", example = "100")
        BigDecimal maxPoints) {

    static ProductSetSummary of(ProductSet p) {
        return new ProductSetSummary(p.code(), p.no(), p.nameVi(), p.nameEn(), p.group(), p.provisional(),
                maxPoints(p));
    }

    static BigDecimal maxPoints(ProductSet p) {
        return p.criteria().stream().map(Criterion::max).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
