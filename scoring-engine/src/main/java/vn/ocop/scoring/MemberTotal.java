package vn.ocop.scoring;

import java.math.BigDecimal;
import java.util.Map;

/** One scoring member's total and part totals (A/B/C), exact. */
public record MemberTotal(String memberId, CouncilRole role, BigDecimal total, Map<String, BigDecimal> parts) {
}
