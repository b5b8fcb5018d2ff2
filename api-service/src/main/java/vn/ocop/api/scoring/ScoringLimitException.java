package vn.ocop.api.scoring;

import java.util.List;

/** 400: the request goes beyond a bound of {@link ScoringLimits}; each bound exceeded names its field. */
public class ScoringLimitException extends RuntimeException {

    /** {@code field} holds {@code sent} items where at most {@code max} are accepted ({@code reasonKey} says it). */
    public record Exceeded(String field, String reasonKey, long max, long sent) {
    }

    private final transient List<Exceeded> exceeded;
    private final long total;

    ScoringLimitException(List<Exceeded> exceeded, long total) {
        super("scoring preview bounds exceeded", null, false, false);
        this.exceeded = List.copyOf(exceeded);
        this.total = total;
    }

    /** The bounds exceeded, at most {@link ScoringLimits#maxProblems()} of them. */
    public List<Exceeded> exceeded() {
        return exceeded;
    }

    /** How many bounds were exceeded in all (more than {@link #exceeded()} holds when it was cut). */
    public long total() {
        return total;
    }
}
