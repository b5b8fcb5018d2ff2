package vn.ocop.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ocop.scoring.catalogue.Catalogue;
import vn.ocop.scoring.catalogue.Criterion;
import vn.ocop.scoring.catalogue.Option;
import vn.ocop.scoring.catalogue.Part;
import vn.ocop.scoring.catalogue.ProductSet;
import vn.ocop.scoring.catalogue.RuleSet;
import vn.ocop.scoring.process.NextStep;
import vn.ocop.scoring.rating.CheapestPath;
import vn.ocop.scoring.rating.CompiledSheet;

/**
 * Chấm điểm — the engine's façade: scores a council's sheets for one product exactly as the domain README
 * ("How a score is computed") says. Stateless apart from the immutable compiled sheets; thread-safe.
 */
public final class ScoringEngine {

    private final Catalogue catalogue;
    private final Map<String, CompiledSheet> compiled;

    /** An engine over the standard catalogue shipped in the jar. */
    public ScoringEngine() {
        this(Catalogue.standard());
    }

    public ScoringEngine(Catalogue catalogue) {
        this.catalogue = catalogue;
        Map<String, CompiledSheet> sheets = new HashMap<>();
        for (RuleSet r : catalogue.ruleSets()) {
            for (ProductSet p : r.productSets()) {
                sheets.put(key(r.id(), p.code()), CompiledSheet.compile(p, r.bands()));
            }
        }
        this.compiled = Map.copyOf(sheets);
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /** The compiled (indexed) sheet for fast batch scoring, e.g. in benchmarks. */
    public Optional<CompiledSheet> compiledSheet(String ruleSetId, String productSetCode) {
        return Optional.ofNullable(compiled.get(key(ruleSetId, productSetCode)));
    }

    /**
     * Scores the council's sheets, explaining every criterion ({@link Detail#FULL}).
     *
     * @throws ScoringInputException naming every problem when the request cannot be scored
     */
    public ScoreResult score(ScoreRequest request) {
        return score(request, Detail.FULL);
    }

    /**
     * Scores the council's sheets with the given detail; the score, tier and next step are the same for both.
     *
     * @throws ScoringInputException naming every problem when the request cannot be scored
     */
    public ScoreResult score(ScoreRequest request, Detail detail) {
        if (request == null) {
            throw new ScoringInputException(new InputProblem(ProblemCode.INVALID_JSON, "", "the request is empty"));
        }
        List<InputProblem> problems = new ArrayList<>();
        RuleSet ruleSet = ruleSet(request, problems);
        CompiledSheet sheet = null;
        if (ruleSet != null) {
            sheet = sheet(ruleSet, request, problems);
        }
        if (request.level() == null) {
            problems.add(new InputProblem(ProblemCode.MISSING_LEVEL, "level", "the level that scored is missing (COMMUNE, DISTRICT, PROVINCE or CENTRE)"));
        } else if (ruleSet != null) {
            if (!ruleSet.process().includes(request.level())) {
                problems.add(new InputProblem(ProblemCode.LEVEL_NOT_IN_PROCESS, "level",
                        "level " + request.level() + " does not score products under " + ruleSet.id()
                                + " (levels: " + ruleSet.process().levels() + ")"));
            }
        }
        List<MemberSheet> scoring = scoringMembers(request.sheets(), problems);
        int[][] encoded = sheet == null ? null : encode(sheet, request.sheets(), problems);
        if (!problems.isEmpty()) {
            throw new ScoringInputException(problems);
        }
        return Explainer.explain(ruleSet, sheet, request.level(), scoring, encoded, detail);
    }

    /**
     * What is wrong with answers — possibly partial, as in a producer's self-assessment (tự đánh giá) — on the sheet
     * of {@code productSetCode} under {@code ruleSetId}: the same answer checks as {@link #score}, each problem's
     * field the criterion code; a criterion left unanswered is not a problem. Empty when every answer is valid.
     *
     * @throws IllegalArgumentException when the rule set has no such sheet
     */
    public List<InputProblem> checkAnswers(String ruleSetId, String productSetCode, Map<String, String> answers) {
        List<InputProblem> problems = new ArrayList<>();
        encode(requireSheet(ruleSetId, productSetCode), answers == null ? Map.of() : answers, "", true, problems);
        return List.copyOf(problems);
    }

    /**
     * One member's total and part totals on the sheet of {@code productSetCode} under {@code ruleSetId}, as in
     * {@link ScoreResult#memberTotals()} — without a council, a level or a result.
     *
     * @throws ScoringInputException naming every bad or missing answer as {@code answers.<criterion>}
     * @throws IllegalArgumentException when the rule set has no such sheet
     */
    public MemberTotal memberTotal(String ruleSetId, String productSetCode, MemberSheet member) {
        CompiledSheet sheet = requireSheet(ruleSetId, productSetCode);
        List<InputProblem> problems = new ArrayList<>();
        int[] encoded = encode(sheet, member.answers(), "answers", false, problems);
        if (!problems.isEmpty()) {
            throw new ScoringInputException(problems);
        }
        CompiledSheet.Tally tally = sheet.newTally(1);
        sheet.rate(new int[][] {encoded}, 1, tally);
        return Explainer.memberTotal(sheet, member, tally, 0);
    }

    private CompiledSheet requireSheet(String ruleSetId, String productSetCode) {
        return compiledSheet(ruleSetId, productSetCode).orElseThrow(() -> new IllegalArgumentException(
                "no sheet for product set '" + productSetCode + "' under rule set '" + ruleSetId + "'"));
    }

    private RuleSet ruleSet(ScoreRequest request, List<InputProblem> problems) {
        if (request.ruleSetId() == null || request.ruleSetId().isBlank()) {
            problems.add(new InputProblem(ProblemCode.MISSING_RULE_SET, "ruleSetId", "no rule set named; known: " + ruleSetIds()));
            return null;
        }
        Optional<RuleSet> ruleSet = catalogue.ruleSet(request.ruleSetId());
        if (ruleSet.isEmpty()) {
            problems.add(new InputProblem(ProblemCode.UNKNOWN_RULE_SET, "ruleSetId",
                    "unknown rule set '" + request.ruleSetId() + "'; known: " + ruleSetIds()));
            return null;
        }
        return ruleSet.get();
    }

    private CompiledSheet sheet(RuleSet ruleSet, ScoreRequest request, List<InputProblem> problems) {
        if (!ruleSet.hasSheets()) {
            problems.add(new InputProblem(ProblemCode.RULE_SET_HAS_NO_SHEETS, "ruleSetId",
                    "rule set " + ruleSet.id() + " has bands and a process but no scoring sheets in this catalogue"));
            return null;
        }
        String code = request.productSetCode();
        if (code == null || code.isBlank()) {
            problems.add(new InputProblem(ProblemCode.MISSING_PRODUCT_SET, "productSetCode", "no product set named"));
            return null;
        }
        CompiledSheet sheet = compiled.get(key(ruleSet.id(), code));
        if (sheet == null) {
            problems.add(new InputProblem(ProblemCode.UNKNOWN_PRODUCT_SET, "productSetCode",
                    "unknown product set '" + code + "' in " + ruleSet.id() + "; known: " + ruleSet.productSetCodes()));
        }
        return sheet;
    }

    private static List<MemberSheet> scoringMembers(List<MemberSheet> sheets, List<InputProblem> problems) {
        List<MemberSheet> scoring = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < sheets.size(); i++) {
            MemberSheet s = sheets.get(i);
            String field = "sheets[" + i + "]";
            if (s == null) {
                problems.add(new InputProblem(ProblemCode.MISSING_MEMBER_ID, field, "empty sheet"));
                continue;
            }
            if (s.memberId() == null || s.memberId().isBlank()) {
                problems.add(new InputProblem(ProblemCode.MISSING_MEMBER_ID, field + ".memberId", "every sheet needs a memberId"));
            } else if (!ids.add(s.memberId())) {
                problems.add(new InputProblem(ProblemCode.DUPLICATE_MEMBER, field + ".memberId",
                        "member '" + s.memberId() + "' has more than one sheet"));
            }
            if (s.role() == null) {
                problems.add(new InputProblem(ProblemCode.MISSING_ROLE, field + ".role", "role is missing (CHAIR, MEMBER or SECRETARY)"));
            } else if (s.role().scores()) {
                scoring.add(s);
            }
        }
        if (scoring.isEmpty() && problems.stream().noneMatch(p -> p.code() == ProblemCode.MISSING_ROLE)) {
            problems.add(new InputProblem(ProblemCode.NO_SCORING_MEMBER, "sheets",
                    "a council needs at least one scoring member (CHAIR or MEMBER); a secretary does not score"));
        }
        return scoring;
    }

    /** Encodes the scoring members' sheets, reporting every bad answer with its JSON path. */
    private static int[][] encode(CompiledSheet sheet, List<MemberSheet> sheets, List<InputProblem> problems) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            MemberSheet s = sheets.get(i);
            if (s == null || s.role() == null || !s.role().scores()) {
                continue;
            }
            out.add(encode(sheet, s.answers(), "sheets[" + i + "].answers", false, problems));
        }
        return out.toArray(new int[0][]);
    }

    /**
     * Encodes one member's answers, reporting every bad answer as {@code field.<criterion>}; with {@code partial},
     * a criterion left unanswered is not a problem (its slot stays -4).
     */
    private static int[] encode(CompiledSheet sheet, Map<String, String> answers, String field, boolean partial,
                                List<InputProblem> problems) {
        String prefix = field.isEmpty() ? "" : field + ".";
        int[] encoded = new int[sheet.criterionCount()];
        for (String key : answers.keySet()) {
            if (sheet.criterionIndex(key) < 0) {
                problems.add(new InputProblem(ProblemCode.UNKNOWN_CRITERION, prefix + key,
                        "criterion '" + key + "' is not on sheet " + sheet.productSet().code()));
            }
        }
        for (int c = 0; c < sheet.criterionCount(); c++) {
            Criterion criterion = sheet.criterion(c);
            if (partial && !answers.containsKey(criterion.code())) {
                encoded[c] = -4;
                continue;
            }
            String answer = answers.get(criterion.code());
            int index = sheet.answerIndex(c, answer);
            encoded[c] = index;
            if (index < 0) {
                problems.add(answerProblem(sheet, c, index, answer, prefix + criterion.code()));
            }
        }
        return encoded;
    }

    private static InputProblem answerProblem(CompiledSheet sheet, int c, int index, String answer, String field) {
        Criterion criterion = sheet.criterion(c);
        switch (index) {
            case -4:
                return new InputProblem(ProblemCode.MISSING_ANSWER, field, "criterion " + criterion.code() + " is not answered");
            case -3:
                return new InputProblem(ProblemCode.DUPLICATE_ANSWER, field, "criterion " + criterion.code()
                        + " has more than one answer (" + answer.replace("|", ", ") + "); give exactly one option");
            case -2:
                return new InputProblem(ProblemCode.NONE_NOT_ALLOWED, field, "criterion " + criterion.code()
                        + " has a 0-point option; answer it instead of 'none'");
            default:
                int owner = sheet.owner(answer);
                String hint = owner >= 0 ? " (it belongs to criterion " + sheet.criterion(owner).code() + ")" : "";
                List<String> codes = new ArrayList<>();
                criterion.options().forEach(o -> codes.add(o.code()));
                if (criterion.noneAllowed()) {
                    codes.add(Criterion.NONE);
                }
                return new InputProblem(ProblemCode.UNKNOWN_OPTION, field, "option '" + answer + "' is not an option of criterion "
                        + criterion.code() + hint + "; valid: " + codes);
        }
    }

    private List<String> ruleSetIds() {
        List<String> ids = new ArrayList<>();
        catalogue.ruleSets().forEach(r -> ids.add(r.id()));
        return ids;
    }

    private static String key(String ruleSetId, String code) {
        return ruleSetId + "/" + code;
    }
}
