package vn.ocop.scoring.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.ocop.scoring.catalogue.RuleSet;
import vn.ocop.scoring.process.Action;
import vn.ocop.scoring.process.Level;
import vn.ocop.scoring.process.NextStep;

/**
 * Which decision a deciding body may take on a closed result: the engine's answer ({@link NextStep}) read against the
 * rule set's process. Dates are passed in; no clock here.
 */
public final class DecisionRules {

    private DecisionRules() {
    }

    /**
     * Whether {@code proposed} may be decided in a round at {@code roundLevel} on a result whose engine answer is
     * {@code next}:
     * <ul>
     *   <li>RECOGNISE: only when the result names a recognising level that may recognise the result's stars (3★ or
     *       more) under the rule set's process, and with exactly those stars (none proposed: those stars); decided
     *       by that recognising level (the province after the centre returned the dossier);</li>
     *   <li>SEND_UP: only when the next step is SEND_UP; decided by the round's level, to the next step's target;</li>
     *   <li>NOT_RECOGNISE: always (the body may refuse any result); decided by the round's level.</li>
     * </ul>
     */
    public static DecisionCheck check(RuleSet ruleSet, Level roundLevel, NextStep next, ProposedDecision proposed) {
        boolean mayRecognise = next.recognisingLevel() != null && next.stars() >= 3
                && ruleSet.process().mayRecognise(next.recognisingLevel(), next.stars());
        boolean maySendUp = next.action() == Action.SEND_UP;
        List<DecisionKind> kinds = new ArrayList<>();
        if (mayRecognise) {
            kinds.add(DecisionKind.RECOGNISE);
        }
        if (maySendUp) {
            kinds.add(DecisionKind.SEND_UP);
        }
        kinds.add(DecisionKind.NOT_RECOGNISE);
        List<Integer> stars = mayRecognise ? List.of(next.stars()) : List.of();
        switch (proposed.kind()) {
            case RECOGNISE:
                if (!mayRecognise) {
                    return notTheNextStep(proposed.kind(), roundLevel, next, kinds, stars);
                }
                int proposedStars = proposed.stars().orElse(next.stars());
                if (proposedStars != next.stars()) {
                    return new DecisionCheck.Refused(DecisionCheck.Code.STARS_NOT_ALLOWED, kinds, stars, proposedStars
                            + "★ may not be recognised at the " + roundLevel + " on this result; allowed: " + next.stars() + "★ ("
                            + next.reason() + ")");
                }
                return new DecisionCheck.Allowed(DecisionKind.RECOGNISE, Optional.of(proposedStars), next.recognisingLevel(),
                        Optional.empty());
            case SEND_UP:
                if (!maySendUp) {
                    return notTheNextStep(proposed.kind(), roundLevel, next, kinds, stars);
                }
                return new DecisionCheck.Allowed(DecisionKind.SEND_UP, Optional.empty(), roundLevel, Optional.of(next.targetLevel()));
            default:
                return new DecisionCheck.Allowed(DecisionKind.NOT_RECOGNISE, Optional.empty(), roundLevel, Optional.empty());
        }
    }

    /**
     * Whether a decision dated {@code decidedOn} may be recorded on {@code today} in a round that opened on
     * {@code roundOpenedOn}: not after today ({@code IN_FUTURE}, checked first), not before the round opened
     * ({@code BEFORE_ROUND}); both limits inclusive.
     */
    public static DecisionDateCheck checkDecisionDate(LocalDate decidedOn, LocalDate roundOpenedOn, LocalDate today) {
        if (decidedOn.isAfter(today)) {
            return new DecisionDateCheck.Refused(DecisionDateCheck.Code.IN_FUTURE, today);
        }
        if (decidedOn.isBefore(roundOpenedOn)) {
            return new DecisionDateCheck.Refused(DecisionDateCheck.Code.BEFORE_ROUND, roundOpenedOn);
        }
        return new DecisionDateCheck.Accepted();
    }

    private static DecisionCheck notTheNextStep(DecisionKind kind, Level roundLevel, NextStep next, List<DecisionKind> kinds,
                                                List<Integer> stars) {
        return new DecisionCheck.Refused(DecisionCheck.Code.NOT_THE_NEXT_STEP, kinds, stars, kind + " is not allowed at the "
                + roundLevel + ": the result's next step is " + next.action() + " (" + next.reason() + ")");
    }
}
