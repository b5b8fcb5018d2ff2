package vn.ocop.scoring.lifecycle;

import java.time.LocalDate;
import java.util.Optional;
import vn.ocop.scoring.catalogue.Catalogue;
import vn.ocop.scoring.catalogue.RuleSet;

/**
 * The rule set a new dossier is filed under, or why none can be: the answer of
 * {@link Catalogue#ruleSetForFiling(LocalDate, Optional, EvaluationType)}.
 */
public sealed interface RuleSetChoice {

    /** Why a rule set cannot be used for a filing. */
    enum Refusal {
        /** The named rule set is not in the catalogue. */
        UNKNOWN,
        /** No rule set is in force on the filing day, or the named one is not (or no longer for this evaluation type). */
        NOT_IN_FORCE,
        /** The rule set has no scoring sheets in the catalogue (1048), so a dossier cannot be scored under it. */
        NO_SHEETS
    }

    /** True for {@link Chosen}. */
    boolean chosen();

    /** The rule set the dossier is filed under. */
    record Chosen(RuleSet ruleSet) implements RuleSetChoice {
        public Chosen {
            if (ruleSet == null) {
                throw new IllegalArgumentException("a chosen rule set is needed");
            }
        }

        @Override
        public boolean chosen() {
            return true;
        }
    }

    /**
     * No rule set can be used.
     *
     * @param reason why
     * @param detail an English sentence naming the rule set and the dates involved
     */
    record Refused(Refusal reason, String detail) implements RuleSetChoice {
        public Refused {
            if (reason == null || detail == null) {
                throw new IllegalArgumentException("a refusal needs a reason and a detail");
            }
        }

        @Override
        public boolean chosen() {
            return false;
        }
    }
}
