package vn.ocop.scoring.catalogue;

import java.math.BigDecimal;

/** Phần — one of the three parts of a sheet: A (product and community strength), B (marketing), C (quality). */
public record Part(String code, String nameVi, String nameEn, BigDecimal max) {
}
