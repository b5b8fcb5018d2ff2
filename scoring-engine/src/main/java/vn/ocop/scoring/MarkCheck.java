package vn.ocop.scoring;

import java.math.BigDecimal;

/**
 * Tiêu chí bắt buộc — one mandatory mark and whether the council met it.
 *
 * @param stars          the star level the mark is for (3, 4 or 5)
 * @param optionCode     the option carrying the mark, or {@code null} for a mark on the criterion itself
 * @param requiredPoints the council value needed (points of the marked option)
 * @param councilValue   mean of the members' points on the criterion (truncated to 2 decimals)
 */
public record MarkCheck(String criterionCode, String criterionNameVi, int stars, String optionCode,
                        BigDecimal requiredPoints, BigDecimal councilValue, boolean met) {
}
