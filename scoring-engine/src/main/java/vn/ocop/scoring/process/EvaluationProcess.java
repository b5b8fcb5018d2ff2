package vn.ocop.scoring.process;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import vn.ocop.scoring.rating.Average;

/**
 * Quy trình đánh giá — who evaluates and who recognises under a rule set (domain README "How a score is
 * computed", step 6; rules.md §3.4, §4). The levels, send-up thresholds and recognised tiers are data, read
 * from the {@code processes} section of {@code rule-sets.json}; this type holds the rule that applies them.
 * Serialised as its id (e.g. {@code COMMUNE_PROVINCE_CENTRE}).
 *
 * @param id          the process id named by the rule sets
 * @param description a short English description
 * @param levelRules  the levels in the order a dossier passes through them
 */
public record EvaluationProcess(String id, String description, List<LevelRule> levelRules) {

    public EvaluationProcess {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a process needs an id");
        }
        levelRules = List.copyOf(levelRules);
        if (levelRules.isEmpty()) {
            throw new IllegalArgumentException("process " + id + " has no levels");
        }
        List<Level> order = new ArrayList<>();
        for (LevelRule rule : levelRules) {
            if (order.contains(rule.level())) {
                throw new IllegalArgumentException("process " + id + ": level " + rule.level() + " appears twice");
            }
            order.add(rule.level());
        }
        boolean anyScores = false;
        for (int i = 0; i < levelRules.size(); i++) {
            LevelRule rule = levelRules.get(i);
            anyScores |= rule.scores();
            Level ahead = rule.sendUpTo() != null ? rule.sendUpTo() : rule.forwardTo();
            if (ahead != null && order.indexOf(ahead) <= i) {
                throw new IllegalArgumentException("process " + id + ": level " + rule.level() + " sends the dossier to "
                        + ahead + ", which is not a later level of this process " + order);
            }
            if (rule.returnTo() != null) {
                int back = order.indexOf(rule.returnTo());
                if (rule.returnTo() != Level.PROVINCE) {
                    throw new IllegalArgumentException("process " + id + ": level " + rule.level() + " returns to "
                            + rule.returnTo() + "; only a return to the PROVINCE is known (Action.RETURN_TO_PROVINCE)");
                }
                if (back < 0 || back >= i || levelRules.get(back).recognises().isEmpty()) {
                    throw new IllegalArgumentException("process " + id + ": level " + rule.level() + " returns to " + rule.returnTo()
                            + ", which must be an earlier level of this process that recognises some tier");
                }
            }
        }
        if (!anyScores) {
            throw new IllegalArgumentException("process " + id + ": no level scores products");
        }
    }

    /** The id, as written in the catalogue and in serialised rule sets. */
    @JsonValue
    public String id() {
        return id;
    }

    /** Every level of the process, in the order a dossier passes through them (forwarding levels included). */
    public List<Level> levels() {
        return levelRules.stream().map(LevelRule::level).toList();
    }

    /** The levels whose councils score products, in order. */
    public List<Level> scoringLevels() {
        return levelRules.stream().filter(LevelRule::scores).map(LevelRule::level).toList();
    }

    /** What {@code level} does under this process, or empty when it takes no part. */
    public Optional<LevelRule> rule(Level level) {
        return levelRules.stream().filter(r -> r.level() == level).findFirst();
    }

    /** True when a council at {@code level} scores products under this process (false for a forwarding level). */
    public boolean scoresAt(Level level) {
        return rule(level).map(LevelRule::scores).orElse(false);
    }

    /**
     * True when the commune assesses dossier items (thẩm định, no stars) and forwards the dossier (148+1489,
     * 26/2026); false when the commune takes no part (1048, 148).
     */
    public boolean communeAssesses() {
        return rule(Level.COMMUNE).map(r -> !r.scores()).orElse(false);
    }

    /** The level whose queue a submitted dossier enters: the commune where it assesses, else the first scoring level. */
    public Level queueAfterSubmission() {
        return communeAssesses() ? Level.COMMUNE : scoringLevels().get(0);
    }

    /** The level a commune-assessed dossier goes to: where the commune forwards, else the first scoring level. */
    public Level queueAfterCommune() {
        return rule(Level.COMMUNE).filter(r -> !r.scores()).map(LevelRule::forwardTo).orElse(scoringLevels().get(0));
    }

    /** True when {@code level} takes part in this process (scoring or forwarding). */
    public boolean includes(Level level) {
        return rule(level).isPresent();
    }

    /**
     * True when {@code level} may issue the recognition decision for {@code stars} under this process (e.g.
     * under QD-148-2023 a district may recognise 3★ only; under QD-26-2026 a province 3★–4★, the centre 5★).
     * False for a level outside the process and for tiers that are never certified.
     */
    public boolean mayRecognise(Level level, int stars) {
        return rule(level).map(r -> r.recognises().contains(stars)).orElse(false);
    }

    /** Every tier recognised by some level of the process, ascending. */
    public Set<Integer> recognisedTiers() {
        Set<Integer> tiers = new HashSet<>();
        levelRules.forEach(r -> tiers.addAll(r.recognises()));
        return Set.copyOf(tiers);
    }

    /**
     * The next step after {@code level} scored a product with this council average and star tier:
     * a forwarding level forwards; a scoring level sends the product up when the average reaches its
     * threshold, else recognises the highest tier it may recognise not above {@code stars}, else returns
     * the dossier to the earlier level named by its rule (which may recognise on this result), else the
     * product is not recognised.
     *
     * @throws LevelNotInProcessException when the level takes no part in this process
     */
    public NextStep nextStep(Level level, Average average, int stars) {
        LevelRule rule = rule(level).orElseThrow(() -> new LevelNotInProcessException(
                "level " + level + " does not score products under process " + id));
        String here = name(level);
        if (!rule.scores()) {
            return new NextStep(Action.FORWARD, null, rule.forwardTo(), 0,
                    "the " + here + " assesses its dossier items (no stars) and forwards the dossier to the " + name(rule.forwardTo()));
        }
        if (rule.sendUpAtLeast() != null && average.atLeast(rule.sendUpAtLeast())) {
            return new NextStep(Action.SEND_UP, null, rule.sendUpTo(), 0, "average >= " + points(rule.sendUpAtLeast())
                    + ": the " + here + " sends the product to the " + name(rule.sendUpTo()) + tiersOf(rule.sendUpTo()));
        }
        OptionalInt tier = rule.highestTierUpTo(stars);
        if (tier.isPresent()) {
            return new NextStep(Action.RECOGNISE, level, null, tier.getAsInt(),
                    stars + "★ reached: the " + here + " recognises " + tier.getAsInt() + "★");
        }
        String missed = rule.recognises().isEmpty()
                ? "average below " + points(rule.sendUpAtLeast()) + " and the " + here + " recognises no tier"
                : stars + "★ is below what the " + here + " may recognise (" + tiers(rule.recognises()) + ")";
        if (rule.returnTo() != null) {
            OptionalInt there = rule(rule.returnTo()).orElseThrow().highestTierUpTo(stars);
            String to = name(rule.returnTo());
            return there.isPresent()
                    ? new NextStep(Action.RETURN_TO_PROVINCE, rule.returnTo(), rule.returnTo(), there.getAsInt(),
                            missed + ": returned to the " + to + ", which may recognise " + there.getAsInt() + "★ on this result")
                    : new NextStep(Action.RETURN_TO_PROVINCE, null, rule.returnTo(), 0,
                            missed + ": returned to the " + to + ", not recognisable on this result");
        }
        return new NextStep(Action.NOT_RECOGNISED, null, null, 0, missed + ": not recognised");
    }

    @Override
    public String toString() {
        return id;
    }

    private String tiersOf(Level target) {
        List<Integer> tiers = rule(target).map(LevelRule::recognises).orElse(List.of());
        return tiers.isEmpty() ? "" : ", which may recognise " + tiers(tiers);
    }

    private static String tiers(List<Integer> tiers) {
        return tiers.size() == 1 ? tiers.get(0) + "★" : tiers.get(0) + "★–" + tiers.get(tiers.size() - 1) + "★";
    }

    private static String points(BigDecimal points) {
        return points.stripTrailingZeros().toPlainString();
    }

    private static String name(Level level) {
        return level.name().toLowerCase(Locale.ROOT);
    }
}
