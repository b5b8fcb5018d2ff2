package vn.ocop.scoring.catalogue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bộ tiêu chí — the versioned criteria catalogue: every rule set with its bands, process and sheets.
 * Immutable and safe to share between threads.
 */
public final class Catalogue {

    private static final class Standard {
        static final Catalogue INSTANCE = CatalogueLoader.fromClasspath();
    }

    private final List<RuleSet> ruleSets;
    private final Map<String, RuleSet> byId;

    Catalogue(List<RuleSet> ruleSets) {
        this.ruleSets = List.copyOf(ruleSets);
        Map<String, RuleSet> index = new LinkedHashMap<>();
        for (RuleSet r : ruleSets) {
            if (index.put(r.id(), r) != null) {
                throw new CatalogueException("duplicate rule set " + r.id());
            }
        }
        this.byId = Map.copyOf(index);
    }

    /** The catalogue shipped in the engine's resources, loaded and validated once. */
    public static Catalogue standard() {
        return Standard.INSTANCE;
    }

    /** All rule sets, oldest first. */
    public List<RuleSet> ruleSets() {
        return ruleSets;
    }

    public Optional<RuleSet> ruleSet(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /**
     * The newest rule set in force on {@code date} (between 22 May and 20 Jul 2026 both 148+1489 and
     * 26/2026 are in force; this returns 26/2026 — name the rule set to use the older one).
     *
     * @throws IllegalArgumentException when no rule set is in force that day (before 21 Aug 2019)
     */
    public RuleSet ruleSetOn(LocalDate date) {
        return ruleSets.stream()
                .filter(r -> r.inForceOn(date))
                .max(Comparator.comparing(RuleSet::effectiveFrom))
                .orElseThrow(() -> new IllegalArgumentException("no OCOP rule set in force on " + date));
    }

    /**
     * The rule set a dossier is evaluated under: the rule set in force on the filing date (the newest, as
     * {@link #ruleSetOn}) while it is still in force on the decision date — a dossier may finish under the
     * rules it was filed under until their {@code effectiveTo}; after that, the rule set in force on the
     * decision date. E.g. filed on 10 May 2026 (148+1489) and decided on 20 Jul 2026: QD-148-1489-2025;
     * decided on 21 Jul 2026: QD-26-2026. Only the rule sets' dates decide; none are written here.
     *
     * @param decidedOn the decision date, or for a dossier still open the day it is evaluated
     * @throws IllegalArgumentException when the decision precedes the filing, or no rule set is in force
     */
    public RuleSet ruleSetForDossier(LocalDate filedOn, LocalDate decidedOn) {
        if (decidedOn.isBefore(filedOn)) {
            throw new IllegalArgumentException("a dossier filed on " + filedOn + " cannot be decided on " + decidedOn);
        }
        RuleSet filedUnder = ruleSetOn(filedOn);
        return filedUnder.inForceOn(decidedOn) ? filedUnder : ruleSetOn(decidedOn);
    }

    public Optional<ProductSet> productSet(String ruleSetId, String code) {
        return ruleSet(ruleSetId).flatMap(r -> r.productSet(code));
    }
}
