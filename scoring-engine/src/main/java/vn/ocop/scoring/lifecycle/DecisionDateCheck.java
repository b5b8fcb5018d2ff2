package vn.ocop.scoring.lifecycle;

import java.time.LocalDate;

/** Whether a decision date may be recorded, from {@link DecisionRules#checkDecisionDate}. */
public sealed interface DecisionDateCheck {

    /** Why a decision date is refused. */
    enum Code {
        /** After today: a decision cannot be recorded before it is made (it would show as valid too early). */
        IN_FUTURE,
        /** Before the round opened: the decision is made on the round's result. */
        BEFORE_ROUND
    }

    boolean accepted();

    record Accepted() implements DecisionDateCheck {
        @Override
        public boolean accepted() {
            return true;
        }
    }

    /** @param limit the latest (IN_FUTURE: today) or earliest (BEFORE_ROUND: the round's first day) acceptable date */
    record Refused(Code code, LocalDate limit) implements DecisionDateCheck {
        @Override
        public boolean accepted() {
            return false;
        }
    }
}
