package vn.ocop.scoring.lifecycle;

import java.util.Optional;

/**
 * A decision proposed on a closed result, to check with {@link DecisionRules#check}.
 *
 * @param kind  what is proposed
 * @param stars for {@link DecisionKind#RECOGNISE}, the stars proposed (empty: the result's stars); ignored otherwise
 */
public record ProposedDecision(DecisionKind kind, Optional<Integer> stars) {

    public ProposedDecision {
        if (kind == null || stars == null) {
            throw new IllegalArgumentException("a proposed decision needs a kind and Optional stars");
        }
    }

    public static ProposedDecision of(DecisionKind kind) {
        return new ProposedDecision(kind, Optional.empty());
    }

    public static ProposedDecision recognise(int stars) {
        return new ProposedDecision(DecisionKind.RECOGNISE, Optional.of(stars));
    }
}
