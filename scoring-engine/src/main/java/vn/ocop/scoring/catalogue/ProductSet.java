package vn.ocop.scoring.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Bộ sản phẩm — product set: one scoring sheet of a rule set (26 per decision).
 *
 * @param sheetsId    the sheet file this set comes from (shared by 148 and 148+1489)
 * @param provisional true when the sheet's maxima do not add up to the part maxima (40/25/35);
 *                    it is still scored and every result says so
 * @param problems    what does not add up, in English (empty when not provisional)
 */
public record ProductSet(String sheetsId, String code, int no, String nameVi, String nameEn, ProductGroup group,
                         String subgroup, String managingAgencyVi, List<Part> parts, List<CriterionGroup> groups,
                         List<Criterion> criteria, boolean provisional, List<String> problems, String source) {

    public ProductSet {
        parts = List.copyOf(parts);
        groups = List.copyOf(groups);
        criteria = List.copyOf(criteria);
        problems = List.copyOf(problems);
    }

    public Optional<Criterion> criterion(String criterionCode) {
        for (Criterion c : criteria) {
            if (c.code().equals(criterionCode)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
