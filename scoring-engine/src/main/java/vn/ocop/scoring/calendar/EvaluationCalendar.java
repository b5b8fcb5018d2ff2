package vn.ocop.scoring.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.ocop.scoring.process.Level;

/**
 * Lịch đánh giá — the yearly evaluation rounds fixed by a rule set (26/2026 Điều 5: provinces decide before
 * 30 Jun and 30 Dec on communes' proposals made before 30 Apr and 30 Oct; the ministry before 30 Sep and
 * 30 Mar on provinces' proposals made before 30 Jul and 30 Jan). Under 148 no rounds are fixed.
 *
 * @param id     the calendar id in {@code rule-sets.json}, or {@code NONE}
 * @param rounds every round, of every level
 */
public record EvaluationCalendar(String id, List<RoundWindow> rounds) {

    /** No rounds fixed for any level. */
    public static final EvaluationCalendar NONE = new EvaluationCalendar("NONE", List.of());

    public EvaluationCalendar {
        rounds = rounds.stream().sorted(Comparator.comparing(RoundWindow::decideBefore)).toList();
        for (int i = 0; i < rounds.size(); i++) {
            for (int j = i + 1; j < rounds.size(); j++) {
                RoundWindow a = rounds.get(i);
                RoundWindow b = rounds.get(j);
                if (a.decidingLevel() == b.decidingLevel() && a.overlaps(b)) {
                    throw new IllegalArgumentException("calendar " + id + ": rounds of the " + a.decidingLevel() + " decided before "
                            + a.decideBefore() + " and " + b.decideBefore() + " overlap");
                }
            }
        }
    }

    /** The rounds in which {@code level} decides, in calendar order; empty when none are fixed. */
    public List<RoundWindow> roundWindows(Level level) {
        return rounds.stream().filter(r -> r.decidingLevel() == level).toList();
    }

    /** Which round of {@code level} a decision on {@code decisionDate} belongs to, or why none. */
    public RoundFit fitsLegalWindow(Level level, LocalDate decisionDate) {
        List<RoundWindow> windows = roundWindows(level);
        if (windows.isEmpty()) {
            return new RoundFit.NoRounds(level);
        }
        for (RoundWindow w : windows) {
            DateWindow period = w.decisionPeriod(decisionDate.getYear());
            if (period.contains(decisionDate)) {
                return new RoundFit.InRound(w, period);
            }
        }
        DateWindow next = windows.stream().map(w -> w.decisionPeriod(decisionDate.getYear()))
                .filter(p -> p.from().isAfter(decisionDate)).findFirst()
                .orElseGet(() -> windows.get(0).decisionPeriod(decisionDate.getYear() + 1));
        return new RoundFit.OutsideRounds(level, next);
    }
}
