package vn.ocop.scoring;

import java.math.BigDecimal;

/**
 * One improvement on the path to the next star: every scoring member below {@code optionCode} on this
 * criterion would answer it instead.
 *
 * @param averageGain how much the council average rises with this change
 */
public record AnswerChange(String criterionCode, String criterionNameVi, String optionCode, String labelVi,
                           String labelEn, BigDecimal points, int membersChanged, BigDecimal averageGain) {
}
