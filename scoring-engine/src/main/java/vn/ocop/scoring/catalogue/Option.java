package vn.ocop.scoring.catalogue;

import java.math.BigDecimal;
import java.util.List;

/**
 * Mức đánh giá — one answer option of a criterion, with its points.
 *
 * @param minStar the star level (3, 4 or 5) for which this option is the mandatory minimum
 *                ("tiêu chí bắt buộc"), or {@code null}
 * @param variant the alternative option list this option belongs to (tourism "case1"/"case2"), or {@code null}
 */
public record Option(String code, String labelVi, String labelEn, BigDecimal points, Integer minStar,
                     String variant, List<String> flags) {

    public Option {
        flags = List.copyOf(flags);
    }
}
