package vn.ocop.scoring;

import java.math.BigDecimal;

/** What one member answered on a criterion, with the option's label and points ("none": nothing applies). */
public record MemberAnswer(String memberId, String optionCode, String labelVi, String labelEn, BigDecimal points) {
}
