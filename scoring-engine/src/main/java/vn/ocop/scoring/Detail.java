package vn.ocop.scoring;

/** How much a {@link ScoreResult} explains. */
public enum Detail {
    /**
     * Totals, part totals, average, band, star tier, the mandatory marks missed, next step and the cheapest path to
     * the next star; no per-criterion explanation and no list of every mark ({@link ScoreResult#criteria()} and
     * {@link ScoreResult#marks()} are null). What a form recomputing the score as answers change needs.
     */
    SUMMARY,
    /**
     * Everything: also every mandatory mark, met or not, and an explanation per criterion (each member's option, its
     * label and points, the council value).
     */
    FULL
}
