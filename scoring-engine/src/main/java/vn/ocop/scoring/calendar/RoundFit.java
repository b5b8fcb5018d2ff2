package vn.ocop.scoring.calendar;

import vn.ocop.scoring.process.Level;

/** Whether a decision date falls in one of a level's legal rounds, and why. */
public sealed interface RoundFit {

    /** True unless the date falls outside every round of a level that has rounds. */
    boolean fits();

    String reason();

    /** The rule set fixes no rounds for this level (e.g. under 148): any date is acceptable. */
    record NoRounds(Level level) implements RoundFit {
        @Override
        public boolean fits() {
            return true;
        }

        @Override
        public String reason() {
            return "no evaluation rounds are fixed for the " + level + " under this rule set";
        }
    }

    /** The date falls in {@code round}'s decision period of that year. */
    record InRound(RoundWindow round, DateWindow period) implements RoundFit {
        @Override
        public boolean fits() {
            return true;
        }

        @Override
        public String reason() {
            return "within the round decided before " + round.decideBefore() + " (" + period.from() + " .. " + period.to() + ")";
        }
    }

    /** The date falls outside every round (an extra round is allowed only if the council's rules and plan provide it). */
    record OutsideRounds(Level level, DateWindow nextPeriod) implements RoundFit {
        @Override
        public boolean fits() {
            return false;
        }

        @Override
        public String reason() {
            return "outside every round of the " + level + "; the next round's decision period is "
                    + nextPeriod.from() + " .. " + nextPeriod.to();
        }
    }
}
