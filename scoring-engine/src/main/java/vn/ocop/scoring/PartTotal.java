package vn.ocop.scoring;

import java.math.BigDecimal;

/** A part's council mean (mean of the members' part totals, truncated to 2 decimals) and its maximum. */
public record PartTotal(String code, String nameVi, String nameEn, BigDecimal average, BigDecimal max) {
}
