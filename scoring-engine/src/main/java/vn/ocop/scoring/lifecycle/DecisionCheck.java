package vn.ocop.scoring.lifecycle;

import java.util.List;
import java.util.Optional;
import vn.ocop.scoring.process.Level;

/** Whether a proposed decision is allowed on a closed result, from {@link DecisionRules#check}. */
public sealed interface DecisionCheck {

    /** Why a decision is refused. */
    enum Code {
        /** The result's next step does not allow this kind of decision. */
        NOT_THE_NEXT_STEP,
        /** Recognition is allowed, but not with the stars proposed. */
        STARS_NOT_ALLOWED
    }

    boolean allowed();

    /**
     * The decision to record.
     *
     * @param stars          the stars recognised (RECOGNISE only)
     * @param decidingLevel  the level that decides: for RECOGNISE the recognising level of the result (the province
     *                       after a return from the centre), otherwise the round's level
     * @param targetLevel    where the dossier goes (SEND_UP only)
     */
    record Allowed(DecisionKind kind, Optional<Integer> stars, Level decidingLevel, Optional<Level> targetLevel)
            implements DecisionCheck {
        @Override
        public boolean allowed() {
            return true;
        }
    }

    /**
     * Refused.
     *
     * @param allowedKinds the kinds the result allows (NOT_RECOGNISE always), in declaration order
     * @param allowedStars the stars RECOGNISE allows (empty when it is not allowed)
     * @param reason       an English sentence with the round's level and the result's next step
     */
    record Refused(Code code, List<DecisionKind> allowedKinds, List<Integer> allowedStars, String reason) implements DecisionCheck {
        public Refused {
            allowedKinds = List.copyOf(allowedKinds);
            allowedStars = List.copyOf(allowedStars);
        }

        @Override
        public boolean allowed() {
            return false;
        }
    }
}
