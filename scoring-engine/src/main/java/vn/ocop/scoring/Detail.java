package vn.ocop.scoring;

/** How much a {@link ScoreResult} explains. */
public enum Detail {
    /**
     * Totals, part totals, average, band, star tier, mandatory marks, next step and the cheapest path to the next
     * star; no per-criterion explanation ({@link ScoreResult#criteria()} is null). What a form recomputing the score
     * as answers change needs.
     */
    SUMMARY,
    /** Everything, with an explanation per criterion: each member's option, its label and points, the council value. */
    FULL
}
