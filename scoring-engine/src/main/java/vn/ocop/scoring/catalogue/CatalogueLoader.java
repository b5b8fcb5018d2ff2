package vn.ocop.scoring.catalogue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ocop.scoring.calendar.EvaluationCalendar;
import vn.ocop.scoring.calendar.RoundWindow;
import vn.ocop.scoring.certificate.CertificatePolicy;
import vn.ocop.scoring.certificate.LastValidDay;
import vn.ocop.scoring.lifecycle.EvaluationType;
import vn.ocop.scoring.process.EvaluationProcess;
import vn.ocop.scoring.process.Level;
import vn.ocop.scoring.process.LevelRole;
import vn.ocop.scoring.process.LevelRule;

/**
 * Reads the catalogue files ({@code rule-sets.json} and one sheet file per distinct set of sheets) and
 * validates them: processes (known level names, targets ahead of their level, recognised tiers certifiable,
 * not shadowed by a send-up rule, every certifiable tier recognised somewhere), certificate policies and
 * evaluation calendars (no overlapping rounds), the transitional rules of a rule set (earlier rules used no longer
 * than they are in force) and the date districts were abolished (no later rule set has a district level); unknown
 * fields are refused everywhere in the rule-set file; unique codes, options within their criterion's maximum, exact
 * points (at most 2 decimals). Sheets whose maxima do not add up to the part maxima are kept but marked
 * provisional. Every problem is a {@link CatalogueException} that names where it is.
 */
final class CatalogueLoader {

    static final String RESOURCE_DIR = "/vn/ocop/scoring/catalogue/";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private CatalogueLoader() {
    }

    static Catalogue fromClasspath() {
        return fromClasspath("rule-sets.json");
    }

    /** Loads the catalogue from another rule-set file in the catalogue's resource folder (tests, corrections). */
    static Catalogue fromClasspath(String ruleSetsFile) {
        return fromRuleSets(read(ruleSetsFile));
    }

    /**
     * Builds the catalogue from a parsed rule-set file; the sheets are read from the classpath. The
     * processes, certificate policies and calendars are checked before any sheet is read.
     */
    static Catalogue fromRuleSets(JsonNode root) {
        onlyFields("rule-sets.json", root, "format", "note", "ruleSets", "processes", "certificatePolicies", "calendars",
                "bandSets", "administrativeReform");
        LocalDate districtsAbolishedOn = districtsAbolishedOn(root.path("administrativeReform"));
        Map<String, EvaluationProcess> processes = processes(root.path("processes"));
        Map<String, CertificatePolicy> policies = certificatePolicies(root.path("certificatePolicies"));
        Map<String, EvaluationCalendar> calendars = calendars(root.path("calendars"));
        List<RuleSet> drafts = new ArrayList<>();
        for (JsonNode r : root.path("ruleSets")) {
            String id = text(r, "id");
            onlyFields("rule set " + id, r, "id", "titleVi", "titleEn", "effectiveFrom", "effectiveTo", "sheets", "partMaxima",
                    "process", "certificatePolicy", "calendar", "bands", "transition");
            JsonNode bandsNode = root.path("bandSets").path(text(r, "bands"));
            if (bandsNode.isMissingNode()) {
                throw new CatalogueException("rule set " + id + ": unknown band set " + text(r, "bands"));
            }
            List<Band> bands = bands(bandsNode);
            EvaluationProcess process = named("rule set " + id, "process", processes, text(r, "process"));
            checkProcessAgainstBands(id, process, bands);
            CertificatePolicy policy = named("rule set " + id, "certificate policy", policies, text(r, "certificatePolicy"));
            EvaluationCalendar calendar = r.path("calendar").isNull() || r.path("calendar").isMissingNode() ? EvaluationCalendar.NONE
                    : named("rule set " + id, "calendar", calendars, text(r, "calendar"));
            checkCalendarAgainstProcess(id, calendar, process);
            Map<String, BigDecimal> partMaxima = new LinkedHashMap<>();
            r.path("partMaxima").fields().forEachRemaining(e -> partMaxima.put(e.getKey(), e.getValue().decimalValue()));
            String sheetsId = r.path("sheets").isNull() ? null : text(r, "sheets");
            LocalDate from = date("rule set " + id, r, "effectiveFrom");
            LocalDate to = r.path("effectiveTo").isNull() ? null : date("rule set " + id, r, "effectiveTo");
            JsonNode t = r.path("transition");
            Optional<Transition> transition = t.isMissingNode() || t.isNull() ? Optional.empty() : Optional.of(transition(id, from, t));
            drafts.add(new RuleSet(id, text(r, "titleVi"), text(r, "titleEn"), from, to,
                    sheetsId != null, sheetsId, process, partMaxima, bands, policy, calendar, List.of(), List.of(), transition));
        }
        checkTransitions(drafts);
        checkDistrictsAbolished(drafts, districtsAbolishedOn);
        Map<String, List<ProductSet>> sheetFiles = new HashMap<>();
        List<RuleSet> ruleSets = new ArrayList<>();
        for (RuleSet d : drafts) {
            List<ProductSet> sets = d.sheetsId() == null ? List.of()
                    : sheetFiles.computeIfAbsent(d.sheetsId(), s -> sheets(s, d.partMaxima()));
            ruleSets.add(new RuleSet(d.id(), d.titleVi(), d.titleEn(), d.effectiveFrom(), d.effectiveTo(), d.hasSheets(),
                    d.sheetsId(), d.process(), d.partMaxima(), d.bands(), d.certificatePolicy(), d.calendar(), List.of(), sets,
                    d.transition()));
        }
        return new Catalogue(ruleSets, districtsAbolishedOn);
    }

    // ---- transition and administrative reform -------------------------------------------------------

    private static Transition transition(String ruleSetId, LocalDate startsOn, JsonNode t) {
        String where = "rule set " + ruleSetId + " transition";
        onlyFields(where, t, "note", "oldRulesFinishWithinDays", "graceWhenWindowMissedDays");
        JsonNode days = t.path("oldRulesFinishWithinDays");
        String[] types = Arrays.stream(EvaluationType.values()).map(Enum::name).toArray(String[]::new);
        onlyFields(where + " oldRulesFinishWithinDays", days, types);
        Map<EvaluationType, Integer> perType = new EnumMap<>(EvaluationType.class);
        for (EvaluationType type : EvaluationType.values()) {
            perType.put(type, wholeNumber(where + " oldRulesFinishWithinDays", days, type.name()));
        }
        try {
            return new Transition(startsOn, perType, wholeNumber(where, t, "graceWhenWindowMissedDays"));
        } catch (IllegalArgumentException e) {
            throw new CatalogueException(where + ": " + e.getMessage(), e);
        }
    }

    /**
     * A transition needs earlier rule sets; the earlier rules may not be used longer than they are in force (the
     * rule sets in force the day before it starts must still be in force on each last day); a grace for a missed
     * re-evaluation window needs a window.
     */
    private static void checkTransitions(List<RuleSet> ruleSets) {
        for (RuleSet r : ruleSets) {
            if (r.transition().isEmpty()) {
                continue;
            }
            Transition t = r.transition().get();
            String where = "rule set " + r.id() + " transition";
            LocalDate dayBefore = t.startsOn().minusDays(1);
            List<RuleSet> earlier = ruleSets.stream().filter(o -> o != r && o.inForceOn(dayBefore)).toList();
            if (earlier.isEmpty()) {
                throw new CatalogueException(where + ": no rule set is in force on " + dayBefore
                        + ", so there are no earlier rules to finish dossiers under");
            }
            for (RuleSet old : earlier) {
                for (EvaluationType type : EvaluationType.values()) {
                    LocalDate last = t.lastDayUnderOldRules(type);
                    if (old.effectiveTo() != null && last.isAfter(old.effectiveTo())) {
                        throw new CatalogueException(where + ": " + type + " dossiers would finish under " + old.id() + " until "
                                + last + ", after it ends on " + old.effectiveTo());
                    }
                }
            }
            if (t.graceWhenWindowMissedDays() > 0 && r.certificatePolicy().reEvaluationFromDays() == null) {
                throw new CatalogueException(where + ": a grace when the re-evaluation window is missed needs a window, but "
                        + "certificate policy " + r.certificatePolicy().id() + " has none");
            }
        }
    }

    private static LocalDate districtsAbolishedOn(JsonNode reform) {
        String where = "rule-sets.json administrativeReform";
        if (reform.isMissingNode()) {
            throw new CatalogueException(where + ": missing (it holds districtsAbolishedOn)");
        }
        onlyFields(where, reform, "note", "districtsAbolishedOn");
        return date(where, reform, "districtsAbolishedOn");
    }

    private static void checkDistrictsAbolished(List<RuleSet> ruleSets, LocalDate abolishedOn) {
        for (RuleSet r : ruleSets) {
            if (!r.effectiveFrom().isBefore(abolishedOn) && r.hasDistrictLevel()) {
                throw new CatalogueException("rule set " + r.id() + " (from " + r.effectiveFrom() + "): its process has a DISTRICT level,"
                        + " but districts were abolished on " + abolishedOn);
            }
        }
    }

    // ---- processes ----------------------------------------------------------------------------------

    private static Map<String, EvaluationProcess> processes(JsonNode section) {
        if (!section.isObject() || section.isEmpty()) {
            throw new CatalogueException("rule-sets.json: the 'processes' section is missing or empty");
        }
        Map<String, EvaluationProcess> out = new LinkedHashMap<>();
        section.fields().forEachRemaining(e -> out.put(e.getKey(), process(e.getKey(), e.getValue())));
        return out;
    }

    private static EvaluationProcess process(String id, JsonNode p) {
        String where = "process " + id;
        onlyFields(where, p, "description", "levels");
        if (!p.path("levels").isArray() || p.path("levels").isEmpty()) {
            throw new CatalogueException(where + ": 'levels' must be a non-empty list");
        }
        List<LevelRule> rules = new ArrayList<>();
        int n = 0;
        for (JsonNode l : p.path("levels")) {
            n++;
            onlyFields(where + " level #" + n, l, "level", "role", "sendUp", "forwardTo", "recognises", "returnTo");
            Level level = level(where + " level #" + n, l.get("level"));
            String lw = where + " level " + level;
            LevelRole role = enumValue(lw, "role", LevelRole.class, l.get("role"));
            BigDecimal atLeast = null;
            Level sendUpTo = null;
            JsonNode sendUp = l.path("sendUp");
            if (!sendUp.isMissingNode() && !sendUp.isNull()) {
                onlyFields(lw + " sendUp", sendUp, "atLeast", "to");
                if (!sendUp.path("atLeast").isNumber()) {
                    throw new CatalogueException(lw + ": sendUp.atLeast must be a number (the council average)");
                }
                atLeast = sendUp.path("atLeast").decimalValue();
                sendUpTo = level(lw + " sendUp", sendUp.get("to"));
            }
            List<Integer> recognises = new ArrayList<>();
            JsonNode tiers = l.path("recognises");
            if (!tiers.isMissingNode() && !tiers.isArray()) {
                throw new CatalogueException(lw + ": 'recognises' must be a list of star tiers");
            }
            for (JsonNode t : tiers) {
                if (!t.isInt()) {
                    throw new CatalogueException(lw + ": recognised tier " + t + " is not a whole number of stars");
                }
                recognises.add(t.intValue());
            }
            Level forwardTo = optionalLevel(lw + " forwardTo", l.get("forwardTo"));
            Level returnTo = optionalLevel(lw + " returnTo", l.get("returnTo"));
            try {
                rules.add(new LevelRule(level, role, atLeast, sendUpTo, forwardTo, recognises, returnTo));
            } catch (IllegalArgumentException e) {
                throw new CatalogueException(where + " " + e.getMessage(), e);
            }
        }
        try {
            return new EvaluationProcess(id, p.path("description").asText(""), rules);
        } catch (IllegalArgumentException e) {
            throw new CatalogueException(e.getMessage(), e);
        }
    }

    /** Recognised tiers must be certifiable, none may be shadowed by its level's send-up rule, none may be missing. */
    private static void checkProcessAgainstBands(String ruleSetId, EvaluationProcess process, List<Band> bands) {
        String where = "rule set " + ruleSetId + " (process " + process.id() + ")";
        for (LevelRule rule : process.levelRules()) {
            for (int tier : rule.recognises()) {
                Band band = bands.stream().filter(b -> b.stars() == tier).findFirst().orElse(null);
                if (band == null || !band.certifiable()) {
                    throw new CatalogueException(where + ": level " + rule.level() + " recognises " + tier + "★, which is not a certifiable tier");
                }
                if (rule.sendUpAtLeast() != null && band.from().compareTo(rule.sendUpAtLeast()) >= 0) {
                    throw new CatalogueException(where + ": overlapping rules at level " + rule.level() + ": it recognises " + tier
                            + "★, but every " + tier + "★ average (>= " + band.from().toPlainString() + ") is sent up to the "
                            + rule.sendUpTo() + " (average >= " + rule.sendUpAtLeast().toPlainString() + ")");
                }
            }
        }
        for (Band band : bands) {
            if (band.certifiable() && !process.recognisedTiers().contains(band.stars())) {
                throw new CatalogueException(where + ": no level recognises " + band.stars() + "★");
            }
        }
    }

    // ---- certificates and calendars -----------------------------------------------------------------

    private static Map<String, CertificatePolicy> certificatePolicies(JsonNode section) {
        if (!section.isObject() || section.isEmpty()) {
            throw new CatalogueException("rule-sets.json: the 'certificatePolicies' section is missing or empty");
        }
        Map<String, CertificatePolicy> out = new LinkedHashMap<>();
        section.fields().forEachRemaining(e -> {
            String where = "certificate policy " + e.getKey();
            JsonNode c = e.getValue();
            onlyFields(where, c, "note", "validityMonths", "lastValidDay", "warningDays", "reEvaluationWindow", "graceDaysWhilePending");
            JsonNode window = c.path("reEvaluationWindow");
            Integer from = null;
            Integer to = null;
            if (!window.isMissingNode() && !window.isNull()) {
                onlyFields(where + " reEvaluationWindow", window, "fromDaysBefore", "toDaysBefore");
                from = wholeNumber(where, window, "fromDaysBefore");
                to = wholeNumber(where, window, "toDaysBefore");
            }
            try {
                out.put(e.getKey(), new CertificatePolicy(e.getKey(), wholeNumber(where, c, "validityMonths"),
                        enumValue(where, "lastValidDay", LastValidDay.class, c.get("lastValidDay")),
                        c.path("warningDays").isNull() || c.path("warningDays").isMissingNode() ? null : wholeNumber(where, c, "warningDays"),
                        from, to, wholeNumber(where, c, "graceDaysWhilePending")));
            } catch (IllegalArgumentException ex) {
                throw new CatalogueException(ex.getMessage(), ex);
            }
        });
        return out;
    }

    private static Map<String, EvaluationCalendar> calendars(JsonNode section) {
        Map<String, EvaluationCalendar> out = new LinkedHashMap<>();
        section.fields().forEachRemaining(e -> {
            String where = "calendar " + e.getKey();
            onlyFields(where, e.getValue(), "note", "rounds");
            List<RoundWindow> rounds = new ArrayList<>();
            int n = 0;
            for (JsonNode r : e.getValue().path("rounds")) {
                String rw = where + " round #" + (++n);
                onlyFields(rw, r, "decidingLevel", "proposingLevel", "proposeBefore", "decideBefore");
                try {
                    rounds.add(new RoundWindow(level(rw + " decidingLevel", r.get("decidingLevel")),
                            level(rw + " proposingLevel", r.get("proposingLevel")),
                            monthDay(rw, r, "proposeBefore"), monthDay(rw, r, "decideBefore")));
                } catch (IllegalArgumentException ex) {
                    throw new CatalogueException(rw + ": " + ex.getMessage(), ex);
                }
            }
            try {
                out.put(e.getKey(), new EvaluationCalendar(e.getKey(), rounds));
            } catch (IllegalArgumentException ex) {
                throw new CatalogueException(ex.getMessage(), ex);
            }
        });
        return out;
    }

    private static void checkCalendarAgainstProcess(String ruleSetId, EvaluationCalendar calendar, EvaluationProcess process) {
        List<Level> order = process.levels();
        for (RoundWindow r : calendar.rounds()) {
            String where = "rule set " + ruleSetId + " (calendar " + calendar.id() + ", process " + process.id() + ")";
            if (!process.scoringLevels().contains(r.decidingLevel())) {
                throw new CatalogueException(where + ": rounds of the " + r.decidingLevel() + ", which does not score under the process");
            }
            if (order.indexOf(r.proposingLevel()) < 0 || order.indexOf(r.proposingLevel()) >= order.indexOf(r.decidingLevel())) {
                throw new CatalogueException(where + ": the " + r.proposingLevel() + " cannot propose to the " + r.decidingLevel()
                        + ": not an earlier level of the process " + order);
            }
        }
    }

    // ---- small readers ------------------------------------------------------------------------------

    private static <T> T named(String where, String kind, Map<String, T> known, String name) {
        T value = known.get(name);
        if (value == null) {
            throw new CatalogueException(where + ": unknown " + kind + " '" + name + "'; known: " + known.keySet());
        }
        return value;
    }

    private static void onlyFields(String where, JsonNode node, String... allowed) {
        if (!node.isObject()) {
            throw new CatalogueException(where + ": expected an object, got " + abbreviate(node));
        }
        Set<String> known = Set.of(allowed);
        node.fieldNames().forEachRemaining(f -> {
            if (!known.contains(f)) {
                throw new CatalogueException(where + ": unknown field '" + f + "'; known: " + List.of(allowed));
            }
        });
    }

    private static Level level(String where, JsonNode node) {
        if (node == null || node.isNull()) {
            throw new CatalogueException(where + ": level missing");
        }
        return enumValue(where, "level", Level.class, node);
    }

    private static Level optionalLevel(String where, JsonNode node) {
        return node == null || node.isNull() ? null : level(where, node);
    }

    private static <E extends Enum<E>> E enumValue(String where, String field, Class<E> type, JsonNode node) {
        String name = node == null || node.isNull() ? null : node.asText();
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new CatalogueException(where + ": unknown " + field + " '" + name + "'; known: " + List.of(type.getEnumConstants()));
    }

    private static int wholeNumber(String where, JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isInt()) {
            throw new CatalogueException(where + ": '" + field + "' must be a whole number");
        }
        return v.intValue();
    }

    private static LocalDate date(String where, JsonNode node, String field) {
        String text = text(node, field);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CatalogueException(where + ": '" + field + "' " + text + " is not a date such as 2026-05-22", e);
        }
    }

    private static MonthDay monthDay(String where, JsonNode node, String field) {
        String text = text(node, field);
        try {
            return MonthDay.parse(text);
        } catch (DateTimeParseException e) {
            throw new CatalogueException(where + ": '" + field + "' " + text + " is not a month-day such as --06-30", e);
        }
    }

    // ---- bands and sheets ---------------------------------------------------------------------------

    private static List<Band> bands(JsonNode node) {
        List<Band> bands = new ArrayList<>();
        for (JsonNode b : node) {
            bands.add(new Band(b.path("stars").intValue(), b.path("from").decimalValue(), b.path("to").decimalValue(),
                    b.path("toInclusive").booleanValue(), b.path("certifiable").booleanValue()));
        }
        return bands;
    }

    static List<ProductSet> sheets(String sheetsId, Map<String, BigDecimal> partMaxima) {
        JsonNode root = read(sheetsId + ".json");
        List<Part> parts = new ArrayList<>();
        for (JsonNode p : root.path("parts")) {
            BigDecimal max = p.path("max").decimalValue();
            BigDecimal expected = partMaxima.get(text(p, "code"));
            if (expected == null || expected.compareTo(max) != 0) {
                throw new CatalogueException(sheetsId + ": part " + text(p, "code") + " max " + max + " differs from the rule set's " + expected);
            }
            parts.add(new Part(text(p, "code"), text(p, "nameVi"), text(p, "nameEn"), max));
        }
        List<ProductSet> sets = new ArrayList<>();
        Set<String> setCodes = new HashSet<>();
        for (JsonNode s : root.path("productSets")) {
            ProductSet set = productSet(sheetsId, s, parts);
            if (!setCodes.add(set.code())) {
                throw new CatalogueException(sheetsId + ": duplicate product set " + set.code());
            }
            sets.add(set);
        }
        return List.copyOf(sets);
    }

    private static ProductSet productSet(String sheetsId, JsonNode s, List<Part> parts) {
        String code = text(s, "code");
        String where = sheetsId + " " + code;
        List<CriterionGroup> groups = new ArrayList<>();
        for (JsonNode g : s.path("groups")) {
            groups.add(new CriterionGroup(text(g, "code"), text(g, "part"), text(g, "nameVi"), text(g, "nameEn"),
                    g.path("max").decimalValue(), strings(g.path("notesVi"))));
        }
        List<Criterion> criteria = new ArrayList<>();
        Set<String> criterionCodes = new HashSet<>();
        Set<String> optionCodes = new HashSet<>();
        for (JsonNode c : s.path("criteria")) {
            Criterion criterion = criterion(where, c);
            if (!criterionCodes.add(criterion.code())) {
                throw new CatalogueException(where + ": duplicate criterion " + criterion.code());
            }
            for (Option o : criterion.options()) {
                if (!optionCodes.add(o.code())) {
                    throw new CatalogueException(where + ": duplicate option " + o.code());
                }
            }
            criteria.add(criterion);
        }
        List<String> problems = SheetCheck.problems(parts, criteria);
        return new ProductSet(sheetsId, code, s.path("no").intValue(), text(s, "nameVi"), text(s, "nameEn"),
                ProductGroup.valueOf(text(s, "group")), text(s, "subgroup"), s.path("managingAgencyVi").textValue(),
                parts, groups, criteria, !problems.isEmpty(), problems, s.path("source").textValue());
    }

    private static Criterion criterion(String where, JsonNode c) {
        String code = text(c, "code");
        BigDecimal max = exactPoints(where + " " + code, c.path("max"));
        List<Option> options = new ArrayList<>();
        boolean hasZero = false;
        for (JsonNode o : c.path("options")) {
            String optionCode = text(o, "code");
            BigDecimal points = exactPoints(where + " " + optionCode, o.path("points"));
            if (points.compareTo(max) > 0) {
                throw new CatalogueException(where + ": option " + optionCode + " is worth " + points + ", above its criterion's max " + max);
            }
            if (!optionCode.startsWith(code + "#") || Criterion.NONE.equalsIgnoreCase(optionCode)) {
                throw new CatalogueException(where + ": option code " + optionCode + " must start with " + code + "#");
            }
            hasZero |= points.signum() == 0;
            options.add(new Option(optionCode, text(o, "labelVi"), text(o, "labelEn"), points,
                    o.hasNonNull("minStar") ? o.path("minStar").intValue() : null, o.path("variant").textValue(),
                    strings(o.path("flags"))));
        }
        if (options.isEmpty()) {
            throw new CatalogueException(where + ": criterion " + code + " has no options");
        }
        List<Variant> variants = new ArrayList<>();
        for (JsonNode v : c.path("variants")) {
            variants.add(new Variant(text(v, "code"), text(v, "nameVi"), text(v, "nameEn")));
        }
        Integer criterionMinStar = c.hasNonNull("criterionMinStar") ? c.path("criterionMinStar").intValue() : null;
        return new Criterion(code, text(c, "part"), text(c, "group"), c.path("parent").textValue(), text(c, "nameVi"),
                text(c, "nameEn"), max, criterionMinStar, variants, options, !hasZero, strings(c.path("notesVi")),
                strings(c.path("gatesVi")), strings(c.path("flags")));
    }

    private static BigDecimal exactPoints(String where, JsonNode node) {
        if (!node.isNumber()) {
            throw new CatalogueException(where + ": points must be a number");
        }
        BigDecimal value = node.decimalValue().stripTrailingZeros();
        if (value.signum() < 0 || value.scale() > 2) {
            throw new CatalogueException(where + ": points " + value + " must be >= 0 with at most 2 decimals");
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(n.asText());
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new CatalogueException("missing text field '" + field + "' in " + abbreviate(node));
        }
        return v.textValue();
    }

    private static String abbreviate(JsonNode node) {
        String s = node.toString();
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    static JsonNode read(String file) {
        try (InputStream in = CatalogueLoader.class.getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                throw new CatalogueException("catalogue file missing from the classpath: " + RESOURCE_DIR + file);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new CatalogueException("cannot read catalogue file " + file, e);
        }
    }
}
