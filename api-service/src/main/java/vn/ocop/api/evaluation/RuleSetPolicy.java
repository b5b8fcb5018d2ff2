package vn.ocop.api.evaluation;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Optional;
import vn.ocop.scoring.catalogue.Catalogue;
import vn.ocop.scoring.catalogue.RuleSet;
import vn.ocop.scoring.process.Level;
import vn.ocop.scoring.process.LevelRule;

/**
 * Which rule set (bộ tiêu chí và quy trình) a dossier is filed and evaluated under, from the catalogue's
 * rule-set dates only (no dates written here):
 * <ul>
 *   <li>filed: the newest rule set in force on the filing date, or a named one that was in force that day
 *       (between 22 May and 20 Jul 2026 both 148+1489 and 26/2026 are);</li>
 *   <li>evaluated on a later day: the filing rule set while it is still in force, else the rule set in force
 *       that day ({@link Catalogue#ruleSetForDossier}) — a dossier filed before 22 May 2026 may finish under
 *       148+1489 until 20 Jul 2026, after that under 26/2026.</li>
 * </ul>
 * One bean over the service's catalogue ({@code EngineBeans}).
 */
@Singleton
public final class RuleSetPolicy {

    private final Catalogue catalogue;

    public RuleSetPolicy(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Why a rule set cannot be used for a filing. */
    public enum Refusal {
        UNKNOWN, NOT_IN_FORCE, NO_SHEETS
    }

    /** The chosen rule set, or the reason none can be chosen. */
    public record Choice(RuleSet ruleSet, Refusal refusal) {
        public boolean ok() {
            return refusal == null;
        }
    }

    public Choice forFiling(LocalDate filedOn, String named) {
        RuleSet ruleSet;
        if (named == null || named.isBlank()) {
            Optional<RuleSet> inForce = catalogue.ruleSets().stream().filter(r -> r.inForceOn(filedOn)).findAny();
            if (inForce.isEmpty()) {
                return new Choice(null, Refusal.NOT_IN_FORCE);
            }
            ruleSet = catalogue.ruleSetOn(filedOn);
        } else {
            Optional<RuleSet> found = catalogue.ruleSet(named);
            if (found.isEmpty()) {
                return new Choice(null, Refusal.UNKNOWN);
            }
            ruleSet = found.get();
            if (!ruleSet.inForceOn(filedOn)) {
                return new Choice(ruleSet, Refusal.NOT_IN_FORCE);
            }
        }
        return ruleSet.hasSheets() ? new Choice(ruleSet, null) : new Choice(ruleSet, Refusal.NO_SHEETS);
    }

    /**
     * The rule set a dossier is evaluated under on {@code on}. Chosen by filing date: the engine's
     * {@link Catalogue#ruleSetForDossier}. Named: the named rule set while it is still in force, else the one in
     * force on {@code on}.
     */
    public RuleSet evaluatedUnder(String filedUnder, boolean named, LocalDate filedOn, LocalDate on) {
        LocalDate day = on.isBefore(filedOn) ? filedOn : on;
        if (!named) {
            return catalogue.ruleSetForDossier(filedOn, day);
        }
        RuleSet filed = catalogue.ruleSet(filedUnder)
                .orElseThrow(() -> new IllegalStateException("stored rule set " + filedUnder + " is not in the catalogue"));
        return filed.inForceOn(day) ? filed : catalogue.ruleSetOn(day);
    }

    /** Whether a council at {@code level} scores products under the rule set's process. */
    public static boolean scoresAt(RuleSet ruleSet, Level level) {
        return ruleSet.process().rule(level).map(LevelRule::scores).orElse(false);
    }

    /** Whether the commune assesses dossier items and forwards them under the rule set's process (148+1489, 26/2026). */
    public static boolean communeAssesses(RuleSet ruleSet) {
        return ruleSet.process().rule(Level.COMMUNE).map(r -> !r.scores()).orElse(false);
    }

    /** The level whose queue a submitted dossier enters: the commune where it assesses, else the first scoring level. */
    public static Level queueAfterSubmission(RuleSet ruleSet) {
        return communeAssesses(ruleSet) ? Level.COMMUNE : ruleSet.process().scoringLevels().get(0);
    }

    /** The level a commune-assessed dossier goes to: where the commune forwards, else the first scoring level. */
    public static Level queueAfterCommune(RuleSet ruleSet) {
        return ruleSet.process().rule(Level.COMMUNE).filter(r -> !r.scores()).map(LevelRule::forwardTo)
                .orElse(ruleSet.process().scoringLevels().get(0));
    }

    public Catalogue catalogue() {
        return catalogue;
    }
}
