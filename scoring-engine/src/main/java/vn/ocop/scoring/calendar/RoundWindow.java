package vn.ocop.scoring.calendar;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.MonthDay;
import vn.ocop.scoring.process.Level;

/**
 * Đợt đánh giá — one yearly evaluation round of a level (26/2026 Điều 5): the lower level proposes
 * dossiers before {@code proposeBefore}, the deciding level decides before {@code decideBefore}. The
 * round's decision period runs from the day proposals close ({@code proposeBefore}: every proposal is in)
 * to the day before {@code decideBefore}, within one calendar year.
 */
public record RoundWindow(Level decidingLevel, Level proposingLevel,
                          @JsonSerialize(using = ToStringSerializer.class) MonthDay proposeBefore,
                          @JsonSerialize(using = ToStringSerializer.class) MonthDay decideBefore) {

    public RoundWindow {
        if (decidingLevel == null || proposingLevel == null || proposeBefore == null || decideBefore == null) {
            throw new IllegalArgumentException("a round needs a deciding level, a proposing level and both dates");
        }
        if (!proposeBefore.isBefore(decideBefore)) {
            throw new IllegalArgumentException("round of " + decidingLevel + ": proposals close on " + proposeBefore
                    + ", not before the decision deadline " + decideBefore + " of the same year");
        }
    }

    /** The days of {@code year} on which a decision belongs to this round. */
    public DateWindow decisionPeriod(int year) {
        return new DateWindow(proposeBefore.atYear(year), decideBefore.atYear(year).minusDays(1));
    }

    /** True when the two rounds' decision periods share a day (checked on a leap year). */
    boolean overlaps(RoundWindow other) {
        DateWindow a = decisionPeriod(2028);
        DateWindow b = other.decisionPeriod(2028);
        return !a.to().isBefore(b.from()) && !b.to().isBefore(a.from());
    }
}
