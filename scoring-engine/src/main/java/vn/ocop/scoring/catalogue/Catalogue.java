package vn.ocop.scoring.catalogue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.ocop.scoring.lifecycle.EvaluationType;
import vn.ocop.scoring.lifecycle.RuleSetChoice;

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
    private final LocalDate districtsAbolishedOn;

    Catalogue(List<RuleSet> ruleSets, LocalDate districtsAbolishedOn) {
        this.ruleSets = List.copyOf(ruleSets);
        this.districtsAbolishedOn = Objects.requireNonNull(districtsAbolishedOn, "districtsAbolishedOn");
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
     * Cấp huyện bị bãi bỏ — the day the district level of government ended (1 Jul 2025, the 2025 administrative
     * reform; {@code administrativeReform.districtsAbolishedOn} in {@code rule-sets.json}). No rule set starting on or
     * after it has a district level (checked when the catalogue loads).
     */
    public LocalDate districtsAbolishedOn() {
        return districtsAbolishedOn;
    }

    /**
     * The rule set a new dossier of {@code type} filed on {@code filedOn} is filed under.
     * <ul>
     *   <li>Nothing named (empty or blank): the newest rule set in force that day ({@link #ruleSetOn}); refused
     *       {@code NOT_IN_FORCE} before the first rule set.</li>
     *   <li>Named: refused {@code UNKNOWN} when not in the catalogue; {@code NOT_IN_FORCE} when not in force that day,
     *       or when {@code filedOn} is after the last day a {@code type} dossier may be finished under it
     *       ({@link #lastDayUnder}: e.g. QD-148-1489-2025 may be named for a new or upgrade dossier filed up to
     *       20 Jul 2026, for a re-evaluation up to 20 Jun 2026).</li>
     *   <li>Then refused {@code NO_SHEETS} when the rule set has no sheets (QD-1048-2019).</li>
     * </ul>
     */
    public RuleSetChoice ruleSetForFiling(LocalDate filedOn, Optional<String> named, EvaluationType type) {
        Objects.requireNonNull(filedOn, "filedOn");
        Objects.requireNonNull(named, "named");
        Objects.requireNonNull(type, "type");
        Optional<String> name = named.filter(n -> !n.isBlank());
        RuleSet ruleSet;
        if (name.isEmpty()) {
            if (ruleSets.stream().noneMatch(r -> r.inForceOn(filedOn))) {
                return new RuleSetChoice.Refused(RuleSetChoice.Refusal.NOT_IN_FORCE, "no OCOP rule set is in force on " + filedOn
                        + "; the first starts on " + ruleSets.get(0).effectiveFrom());
            }
            ruleSet = ruleSetOn(filedOn);
        } else {
            Optional<RuleSet> found = ruleSet(name.get());
            if (found.isEmpty()) {
                return new RuleSetChoice.Refused(RuleSetChoice.Refusal.UNKNOWN, "no rule set '" + name.get() + "'; known: "
                        + ruleSets.stream().map(RuleSet::id).toList());
            }
            ruleSet = found.get();
            if (!ruleSet.inForceOn(filedOn)) {
                return new RuleSetChoice.Refused(RuleSetChoice.Refusal.NOT_IN_FORCE, ruleSet.id() + " is in force from "
                        + ruleSet.effectiveFrom() + (ruleSet.effectiveTo() == null ? "" : " to " + ruleSet.effectiveTo())
                        + ", not on " + filedOn);
            }
            Optional<LocalDate> last = lastDayUnder(ruleSet, type);
            if (last.isPresent() && filedOn.isAfter(last.get())) {
                return new RuleSetChoice.Refused(RuleSetChoice.Refusal.NOT_IN_FORCE, type + " dossiers may be finished under "
                        + ruleSet.id() + " only until " + last.get() + " (transitional rules of " + ruleSetOn(filedOn).id()
                        + "), so one filed on " + filedOn + " cannot be filed under it");
            }
        }
        if (!ruleSet.hasSheets()) {
            return new RuleSetChoice.Refused(RuleSetChoice.Refusal.NO_SHEETS, ruleSet.id()
                    + " has no scoring sheets in the catalogue, so a dossier cannot be scored under it");
        }
        return new RuleSetChoice.Chosen(ruleSet);
    }

    /**
     * The last day a dossier of {@code type} under {@code ruleSet} may be finished under it: its {@code effectiveTo},
     * or earlier when a later rule set's transition ends the old rules sooner for this type (26/2026 Điều 12.2:
     * QD-148-1489-2025 finishes new and upgrade dossiers through 20 Jul 2026, re-evaluations through 20 Jun 2026);
     * empty while no end is known (the rule set in force today).
     */
    public Optional<LocalDate> lastDayUnder(RuleSet ruleSet, EvaluationType type) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(type, "type");
        LocalDate last = ruleSet.effectiveTo();
        for (RuleSet later : ruleSets) {
            if (later.effectiveFrom().isAfter(ruleSet.effectiveFrom()) && later.transition().isPresent()) {
                LocalDate end = later.transition().get().lastDayUnderOldRules(type);
                if (last == null || end.isBefore(last)) {
                    last = end;
                }
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * The rule set a dossier of {@code type}, filed on {@code filedOn} under {@code filedUnderId}, is finished under
     * on {@code on}: the filing rule set through {@link #lastDayUnder its last day for the type}, after that the rule
     * set in force the next day (again through its own last day). E.g. a re-evaluation filed on 10 May 2026 under
     * QD-148-1489-2025 is finished under it through 20 Jun 2026 and under QD-26-2026 from 21 Jun 2026; a new dossier
     * filed then, through 20 Jul 2026. A dossier filed under QD-148-2023 on 1 Jun 2025 moves to QD-148-1489-2025 on
     * 6 Jul 2025. Only the catalogue's dates decide; none are written here.
     *
     * @param on the day of the decision, or for a dossier still open the day it is evaluated
     * @throws IllegalArgumentException when the rule set is unknown, {@code on} precedes the filing, or no rule set is
     *                                  in force after the filing rule set ends
     */
    public RuleSet ruleSetForDossier(String filedUnderId, EvaluationType type, LocalDate filedOn, LocalDate on) {
        Objects.requireNonNull(type, "type");
        RuleSet current = ruleSet(filedUnderId)
                .orElseThrow(() -> new IllegalArgumentException("no rule set '" + filedUnderId + "' in the catalogue"));
        if (on.isBefore(filedOn)) {
            throw new IllegalArgumentException("a dossier filed on " + filedOn + " cannot be decided on " + on);
        }
        while (true) {
            Optional<LocalDate> last = lastDayUnder(current, type);
            if (last.isEmpty() || !on.isAfter(last.get())) {
                return current;
            }
            RuleSet next = ruleSetOn(last.get().plusDays(1));
            if (!next.effectiveFrom().isAfter(current.effectiveFrom())) {
                throw new IllegalStateException("after " + current.id() + " ends on " + last.get() + " the rule set in force is "
                        + next.id() + ", which is not a later one");
            }
            current = next;
        }
    }

    /**
     * The rule set a dossier filed on {@code filedOn} under the rule set in force that day ({@link #ruleSetOn}) is
     * decided under on {@code decidedOn}, read as a new or upgrade dossier (60 days of 26/2026 Điều 12.2.a, which end
     * with QD-148-1489-2025 itself on 20 Jul 2026). For re-evaluations, and for dossiers filed under a named rule
     * set, use {@link #ruleSetForDossier(String, EvaluationType, LocalDate, LocalDate)}.
     *
     * @param decidedOn the decision date, or for a dossier still open the day it is evaluated
     * @throws IllegalArgumentException when the decision precedes the filing, or no rule set is in force
     */
    public RuleSet ruleSetForDossier(LocalDate filedOn, LocalDate decidedOn) {
        if (decidedOn.isBefore(filedOn)) {
            throw new IllegalArgumentException("a dossier filed on " + filedOn + " cannot be decided on " + decidedOn);
        }
        return ruleSetForDossier(ruleSetOn(filedOn).id(), EvaluationType.NEW, filedOn, decidedOn);
    }

    public Optional<ProductSet> productSet(String ruleSetId, String code) {
        return ruleSet(ruleSetId).flatMap(r -> r.productSet(code));
    }
}
