package vn.ocop.scoring.process;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;

/**
 * What one level does under a process: read from the {@code processes} section of {@code rule-sets.json}.
 *
 * @param level         the level
 * @param role          whether it scores or only assesses and forwards
 * @param sendUpAtLeast a scoring level sends the product up when the council average is at least this; null: never
 * @param sendUpTo      where it sends the product (null when it never sends up)
 * @param forwardTo     where a forwarding level sends the dossier (null for a scoring level)
 * @param recognises    the star tiers this level may recognise, ascending (empty: none)
 * @param returnTo      when this level may recognise none of the tiers reached, the dossier returns to this
 *                      (earlier) level, which may recognise on this result; null: not recognised
 */
public record LevelRule(Level level, LevelRole role, BigDecimal sendUpAtLeast, Level sendUpTo, Level forwardTo,
                        List<Integer> recognises, Level returnTo) {

    public LevelRule {
        if (level == null || role == null) {
            throw new IllegalArgumentException("a level rule needs a level and a role");
        }
        recognises = List.copyOf(recognises == null ? List.of() : recognises);
        String where = "level " + level + ": ";
        int previous = 0;
        for (int tier : recognises) {
            if (tier < 1 || tier > 5) {
                throw new IllegalArgumentException(where + "recognised tier " + tier + "★ is not a star tier (1–5)");
            }
            if (tier <= previous) {
                throw new IllegalArgumentException(where + "overlapping rules: recognised tiers " + recognises + " must be ascending without repeats");
            }
            previous = tier;
        }
        if (role == LevelRole.FORWARDS) {
            if (forwardTo == null) {
                throw new IllegalArgumentException(where + "forwards but names no level to forward to");
            }
            if (sendUpAtLeast != null || sendUpTo != null || !recognises.isEmpty() || returnTo != null) {
                throw new IllegalArgumentException(where + "forwards without scoring, so it may not send up, recognise or return");
            }
        } else {
            if (forwardTo != null) {
                throw new IllegalArgumentException(where + "scores, so it sends up (sendUp) rather than forwards");
            }
            if ((sendUpAtLeast == null) != (sendUpTo == null)) {
                throw new IllegalArgumentException(where + "a send-up rule needs both a threshold and a target level");
            }
            if (sendUpAtLeast != null && (sendUpAtLeast.signum() <= 0 || sendUpAtLeast.compareTo(BigDecimal.valueOf(100)) > 0)) {
                throw new IllegalArgumentException(where + "send-up threshold " + sendUpAtLeast.toPlainString() + " is outside (0, 100]");
            }
            if (sendUpTo == null && recognises.isEmpty()) {
                throw new IllegalArgumentException(where + "scores but neither sends up nor recognises any tier");
            }
        }
    }

    /** True when this level's council scores products. */
    public boolean scores() {
        return role == LevelRole.SCORES;
    }

    /** The highest tier this level may recognise that is not above {@code stars}. */
    public OptionalInt highestTierUpTo(int stars) {
        OptionalInt best = OptionalInt.empty();
        for (int tier : recognises) {
            if (tier <= stars) {
                best = OptionalInt.of(tier);
            }
        }
        return best;
    }
}
