package vn.ocop.scoring.rating;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Tổng điểm trung bình — the council average, kept exact as a fraction: the sum of the scoring members'
 * totals (in hundredths of a point) over the number of scoring members. No rounding happens before a
 * comparison.
 */
public record Average(long sumHundredths, int members) {

    public Average {
        if (members < 1) {
            throw new IllegalArgumentException("an average needs at least one scoring member");
        }
    }

    /** True when the average is at least {@code points} (exact comparison). */
    public boolean atLeast(BigDecimal points) {
        return BigDecimal.valueOf(sumHundredths).compareTo(points.movePointRight(2).multiply(BigDecimal.valueOf(members))) >= 0;
    }

    public boolean atLeast(int points) {
        return sumHundredths >= (long) points * 100L * members;
    }

    /** The average truncated to 2 decimals, for display (never rounded up across a band boundary). */
    public BigDecimal display() {
        return exact().setScale(2, RoundingMode.DOWN);
    }

    /** The exact average when it is a terminating decimal, otherwise 34 significant digits. */
    public BigDecimal exact() {
        BigDecimal sum = BigDecimal.valueOf(sumHundredths, 2);
        BigDecimal n = BigDecimal.valueOf(members);
        try {
            return sum.divide(n).stripTrailingZeros();
        } catch (ArithmeticException nonTerminating) {
            return sum.divide(n, MathContext.DECIMAL128);
        }
    }
}
