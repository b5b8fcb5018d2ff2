package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.ocop.scoring.Councils.ENGINE;
import static vn.ocop.scoring.Councils.allMaximum;
import static vn.ocop.scoring.Councils.set;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.scoring.catalogue.Criterion;
import vn.ocop.scoring.catalogue.ProductSet;
import vn.ocop.scoring.process.Level;

/** One member's total without a council, and the answer checks of a partial (self-assessment) sheet. */
class MemberTotalAndAnswerCheckTest {

    private static final String RULES = "QD-26-2026";
    private static final String TEA = "FOOD_TEA";
    private final ProductSet tea = set(RULES, TEA);

    @Test
    void aMemberTotalEqualsTheTotalOfTheSameSheetInACouncil() {
        for (BigDecimal total : List.of(new BigDecimal("47"), new BigDecimal("72"), new BigDecimal("91"))) {
            Map<String, String> answers = Councils.sheetWithTotal(tea, total, 0);
            assertThat(answers).as("a sheet totalling %s", total).isNotNull();
            MemberSheet member = new MemberSheet("thanh.vien", CouncilRole.MEMBER, answers);
            MemberTotal alone = ENGINE.memberTotal(RULES, TEA, member);
            MemberTotal inCouncil = ENGINE.score(new ScoreRequest(RULES, TEA, Level.PROVINCE,
                    List.of(new MemberSheet("chu.tich", CouncilRole.CHAIR, allMaximum(tea)), member))).memberTotals().get(1);
            assertThat(alone.total()).isEqualByComparingTo(total);
            assertThat(alone).isEqualTo(inCouncil);
        }
    }

    @Test
    void aMemberTotalNamesEveryBadOrMissingAnswerUnderAnswers() {
        Map<String, String> answers = new LinkedHashMap<>(allMaximum(tea));
        Criterion first = tea.criteria().get(0);
        Criterion second = tea.criteria().get(1);
        answers.remove(first.code());
        answers.put(second.code(), "khong-co");
        answers.put("Z.9", "Z.9#1");
        ScoringInputException e = catchThrowableOfType(ScoringInputException.class,
                () -> ENGINE.memberTotal(RULES, TEA, new MemberSheet("a", CouncilRole.MEMBER, answers)));
        assertThat(e.problems()).extracting(InputProblem::code, InputProblem::field).containsExactlyInAnyOrder(
                tuple(ProblemCode.UNKNOWN_CRITERION, "answers.Z.9"),
                tuple(ProblemCode.MISSING_ANSWER, "answers." + first.code()),
                tuple(ProblemCode.UNKNOWN_OPTION, "answers." + second.code()));
    }

    @Test
    void aPartialSheetHasOnlyTheProblemsOfWhatIsAnswered() {
        Criterion first = tea.criteria().get(0);
        Criterion second = tea.criteria().get(1);
        Map<String, String> answers = new LinkedHashMap<>();
        assertThat(ENGINE.checkAnswers(RULES, TEA, answers)).isEmpty();
        answers.put(first.code(), first.options().get(0).code());
        assertThat(ENGINE.checkAnswers(RULES, TEA, answers)).isEmpty();
        answers.put(second.code(), first.options().get(0).code());
        answers.put("Z.9", "Z.9#1");
        answers.put(first.code(), null);
        assertThat(ENGINE.checkAnswers(RULES, TEA, answers)).extracting(InputProblem::code, InputProblem::field)
                .containsExactlyInAnyOrder(tuple(ProblemCode.UNKNOWN_CRITERION, "Z.9"),
                        tuple(ProblemCode.MISSING_ANSWER, first.code()),
                        tuple(ProblemCode.UNKNOWN_OPTION, second.code()));
        assertThat(ENGINE.checkAnswers(RULES, TEA, allMaximum(tea))).isEmpty();
    }

    @Test
    void anUnknownSheetIsAProgrammingError() {
        assertThatThrownBy(() -> ENGINE.checkAnswers("QD-1048-2019", TEA, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("QD-1048-2019");
        assertThatThrownBy(() -> ENGINE.memberTotal(RULES, "NO_SUCH_SET", new MemberSheet("a", CouncilRole.MEMBER, Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NO_SUCH_SET");
    }
}
