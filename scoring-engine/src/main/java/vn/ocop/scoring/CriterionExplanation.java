package vn.ocop.scoring;

import java.math.BigDecimal;
import java.util.List;

/** Why a criterion scored what it did: each member's chosen option and points, the council value and the max. */
public record CriterionExplanation(String code, String part, String nameVi, String nameEn, BigDecimal max,
                                   BigDecimal councilValue, List<MemberAnswer> answers) {
}
