package vn.ocop.scoring.catalogue;

import java.math.BigDecimal;

/**
 * Hạng sao theo điểm — a score band on the council average: {@code from <= average < to}
 * ({@code <= to} when {@code toInclusive}).
 */
public record Band(int stars, BigDecimal from, BigDecimal to, boolean toInclusive, boolean certifiable) {

    public boolean contains(BigDecimal average) {
        int upper = average.compareTo(to);
        return average.compareTo(from) >= 0 && (upper < 0 || toInclusive && upper == 0);
    }
}
