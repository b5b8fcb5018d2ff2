package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.ocop.scoring.Councils.allMaximum;
import static vn.ocop.scoring.Councils.set;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.scoring.catalogue.ProductSet;
import vn.ocop.scoring.process.Level;

/** Bad input is an error naming what is wrong, never a number. */
class BadInputTest {

    private static final String RULES = "QD-26-2026";
    private static final String TEA = "FOOD_TEA";
    private final ProductSet tea = set(RULES, TEA);

    private static ScoringInputException rejected(ScoreRequest request) {
        ScoringInputException e = catchThrowableOfType(ScoringInputException.class, () -> Councils.ENGINE.score(request));
        assertThat(e).as("the request should be rejected").isNotNull();
        return e;
    }

    private ScoreRequest request(Map<String, String> answers) {
        return new ScoreRequest(RULES, TEA, Level.PROVINCE, List.of(new MemberSheet("a", CouncilRole.CHAIR, answers)));
    }

    private Map<String, String> valid() {
        return new LinkedHashMap<>(allMaximum(tea));
    }

    @Test
    void anUnknownRuleSetIsNamed() {
        ScoringInputException e = rejected(new ScoreRequest("QD-999", TEA, Level.PROVINCE, List.of(new MemberSheet("a", CouncilRole.CHAIR, valid()))));
        assertThat(e.problems()).extracting(InputProblem::code, InputProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.UNKNOWN_RULE_SET, "ruleSetId"));
    }

    @Test
    void aMissingRuleSetIsNamed() {
        assertThat(rejected(new ScoreRequest(null, TEA, Level.PROVINCE, List.of(new MemberSheet("a", CouncilRole.CHAIR, valid())))).problems())
                .extracting(InputProblem::code).containsExactly(ProblemCode.MISSING_RULE_SET);
    }

    @Test
    void theRuleSetWithoutSheetsCannotScore() {
        assertThat(rejected(new ScoreRequest("QD-1048-2019", TEA, Level.PROVINCE, List.of(new MemberSheet("a", CouncilRole.CHAIR, valid())))).problems())
                .extracting(InputProblem::code).containsExactly(ProblemCode.RULE_SET_HAS_NO_SHEETS);
    }

    @Test
    void anUnknownProductSetIsNamed() {
        assertThat(rejected(new ScoreRequest(RULES, "FOOD_PIZZA", Level.PROVINCE, List.of(new MemberSheet("a", CouncilRole.CHAIR, valid())))).problems())
                .extracting(InputProblem::code, InputProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.UNKNOWN_PRODUCT_SET, "productSetCode"));
    }

    @Test
    void aMissingProductSetIsNamed() {
        assertThat(rejected(new ScoreRequest(RULES, " ", Level.PROVINCE, List.of(new MemberSheet("a", CouncilRole.CHAIR, valid())))).problems())
                .extracting(InputProblem::code).containsExactly(ProblemCode.MISSING_PRODUCT_SET);
    }

    @Test
    void aMissingOrOutOfProcessLevelIsNamed() {
        assertThat(rejected(new ScoreRequest(RULES, TEA, null, List.of(new MemberSheet("a", CouncilRole.CHAIR, valid())))).problems())
                .extracting(InputProblem::code).containsExactly(ProblemCode.MISSING_LEVEL);
        assertThat(rejected(new ScoreRequest(RULES, TEA, Level.DISTRICT, List.of(new MemberSheet("a", CouncilRole.CHAIR, valid())))).problems())
                .extracting(InputProblem::code).containsExactly(ProblemCode.LEVEL_NOT_IN_PROCESS);
    }

    @Test
    void anUnknownCriterionIsNamedWithItsPath() {
        Map<String, String> answers = valid();
        answers.put("Z.9.9", "Z.9.9#1");
        assertThat(rejected(request(answers)).problems()).extracting(InputProblem::code, InputProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.UNKNOWN_CRITERION, "sheets[0].answers.Z.9.9"));
    }

    @Test
    void anUnknownOptionIsNamedWithItsPath() {
        Map<String, String> answers = valid();
        answers.put("C.6.1.1", "C.6.1.1#9");
        InputProblem p = rejected(request(answers)).problems().get(0);
        assertThat(p.code()).isEqualTo(ProblemCode.UNKNOWN_OPTION);
        assertThat(p.field()).isEqualTo("sheets[0].answers.C.6.1.1");
        assertThat(p.reason()).contains("C.6.1.1#9", "C.6.1.1#1");
    }

    @Test
    void anOptionOfAnotherCriterionIsRejected() {
        Map<String, String> answers = valid();
        answers.put("C.6.1.1", "C.6.1.2#1");
        InputProblem p = rejected(request(answers)).problems().get(0);
        assertThat(p.code()).isEqualTo(ProblemCode.UNKNOWN_OPTION);
        assertThat(p.reason()).contains("belongs to criterion C.6.1.2");
    }

    @Test
    void aMissingAnswerIsNamed() {
        Map<String, String> answers = valid();
        answers.remove("C.6.1.1");
        assertThat(rejected(request(answers)).problems()).extracting(InputProblem::code, InputProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.MISSING_ANSWER, "sheets[0].answers.C.6.1.1"));
    }

    @Test
    void twoOptionsForOneCriterionInJsonAreADuplicateAnswer() throws Exception {
        String json = "{\"ruleSetId\":\"QD-26-2026\",\"productSetCode\":\"FOOD_TEA\",\"level\":\"PROVINCE\",\"sheets\":[{\"memberId\":\"a\",\"role\":\"CHAIR\",\"answers\":"
                + new ObjectMapper().writeValueAsString(valid()).replace("}", ",\"C.6.1.1\":\"C.6.1.1#1\"}") + "}]}";
        ScoreRequest request = new ObjectMapper().readValue(json, ScoreRequest.class);

        InputProblem p = rejected(request).problems().get(0);
        assertThat(p.code()).isEqualTo(ProblemCode.DUPLICATE_ANSWER);
        assertThat(p.field()).isEqualTo("sheets[0].answers.C.6.1.1");
    }

    @Test
    void noneIsRejectedWhereTheCriterionHasAZeroPointOption() {
        String withZero = tea.criteria().stream().filter(c -> !c.noneAllowed()).findFirst().orElseThrow().code();
        Map<String, String> answers = valid();
        answers.put(withZero, "none");
        assertThat(rejected(request(answers)).problems()).extracting(InputProblem::code).containsExactly(ProblemCode.NONE_NOT_ALLOWED);
    }

    @Test
    void aCouncilWithoutAScoringMemberIsRejected() {
        assertThat(rejected(new ScoreRequest(RULES, TEA, Level.PROVINCE, List.of())).problems())
                .extracting(InputProblem::code).containsExactly(ProblemCode.NO_SCORING_MEMBER);
        assertThat(rejected(new ScoreRequest(RULES, TEA, Level.PROVINCE, List.of(new MemberSheet("s", CouncilRole.SECRETARY, valid())))).problems())
                .extracting(InputProblem::code).containsExactly(ProblemCode.NO_SCORING_MEMBER);
    }

    @Test
    void duplicateMembersAndMissingRolesAreNamed() {
        List<MemberSheet> sheets = new ArrayList<>();
        sheets.add(new MemberSheet("a", CouncilRole.CHAIR, valid()));
        sheets.add(new MemberSheet("a", CouncilRole.MEMBER, valid()));
        sheets.add(new MemberSheet("b", null, valid()));
        assertThat(rejected(new ScoreRequest(RULES, TEA, Level.PROVINCE, sheets)).problems())
                .extracting(InputProblem::code, InputProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.DUPLICATE_MEMBER, "sheets[1].memberId"),
                        org.assertj.core.groups.Tuple.tuple(ProblemCode.MISSING_ROLE, "sheets[2].role"));
    }

    @Test
    void everyProblemOfARequestIsReportedAtOnce() {
        Map<String, String> first = valid();
        first.remove("A.1.1");
        Map<String, String> second = valid();
        second.put("C.6.1.1", "nope");
        ScoringInputException e = rejected(new ScoreRequest(RULES, TEA, Level.PROVINCE,
                List.of(new MemberSheet("a", CouncilRole.CHAIR, first), new MemberSheet("b", CouncilRole.MEMBER, second))));
        assertThat(e.problems()).extracting(InputProblem::field)
                .containsExactly("sheets[0].answers.A.1.1", "sheets[1].answers.C.6.1.1");
    }

    @Test
    void aSecretarysAnswersAreNotScored() {
        Map<String, String> zero = Councils.allMinimum(tea);
        ScoreResult r = Councils.ENGINE.score(new ScoreRequest(RULES, TEA, Level.PROVINCE, List.of(
                new MemberSheet("chair", CouncilRole.CHAIR, valid()), new MemberSheet("secretary", CouncilRole.SECRETARY, zero))));
        assertThat(r.scoringMembers()).isEqualTo(1);
        assertThat(r.average()).isEqualByComparingTo("100");
    }

    @Test
    void noneScoresZeroWhereNoOptionIsWorthZero() {
        String noZero = tea.criteria().stream().filter(c -> c.noneAllowed()).findFirst().orElseThrow().code();
        Map<String, String> answers = valid();
        answers.put(noZero, "none");
        ScoreResult r = Councils.ENGINE.score(request(answers));
        assertThat(r.criteria()).filteredOn(c -> c.code().equals(noZero)).singleElement()
                .satisfies(c -> assertThat(c.answers().get(0).points()).isEqualByComparingTo("0"));
    }
}
