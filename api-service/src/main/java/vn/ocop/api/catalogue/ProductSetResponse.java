package vn.ocop.api.catalogue;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.scoring.catalogue.Criterion;
import vn.ocop.scoring.catalogue.CriterionGroup;
import vn.ocop.scoring.catalogue.Part;
import vn.ocop.scoring.catalogue.ProductGroup;
import vn.ocop.scoring.catalogue.ProductSet;

/**
 * One scoring sheet with everything a form needs: parts, criterion groups, criteria with their options and points,
 * star marks (an option's {@code minStar}: the mandatory minimum for that star level; a criterion's
 * {@code criterionMinStar}), variants and Vietnamese/English labels.
 */
@Schema(name = "ProductSet")
public record ProductSetResponse(
        @Schema(example = "QD-148-1489-2025") String ruleSetId,
        @Schema(description = "Sheet file of the set; rule sets with the same sheets share it", example = "QD-148-2023")
        String sheetsId,
        @Schema(example = "FOOD_TEA") String code,
        @Schema(example = "11") int no,
        @Schema(example = "Chè") String nameVi,
        @Schema(example = "Tea") String nameEn,
        @Schema(example = "FOOD") ProductGroup group,
        @Schema(example = "FOOD_TEA") String subgroup,
        @Schema(description = "Ministry managing the product set (26/2026)") String managingAgencyVi,
        @Schema(example = "false") boolean provisional,
        @Schema(description = "What does not add up, when provisional") List<String> problems,
        @Schema(example = "100") BigDecimal maxPoints,
        List<Part> parts,
        List<CriterionGroup> groups,
        List<Criterion> criteria) {

    static ProductSetResponse of(String ruleSetId, ProductSet p) {
        return new ProductSetResponse(ruleSetId, p.sheetsId(), p.code(), p.no(), p.nameVi(), p.nameEn(), p.group(),
                p.subgroup(), p.managingAgencyVi(), p.provisional(), p.problems(), ProductSetSummary.maxPoints(p),
                p.parts(), p.groups(), p.criteria());
    }
}
