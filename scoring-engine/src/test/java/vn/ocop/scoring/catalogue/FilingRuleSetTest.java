package vn.ocop.scoring.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.scoring.lifecycle.EvaluationType;
import vn.ocop.scoring.lifecycle.RuleSetChoice;
import vn.ocop.scoring.lifecycle.RuleSetChoice.Refusal;

/** Which rule set a new dossier is filed under: by date, or named while it may still finish a dossier of that type. */
class FilingRuleSetTest {

    private final Catalogue catalogue = Catalogue.standard();

    private RuleSetChoice file(String named, EvaluationType type, String filedOn) {
        return catalogue.ruleSetForFiling(LocalDate.parse(filedOn), Optional.ofNullable(named), type);
    }

    @ParameterizedTest(name = "filed {0} → {1}")
    @CsvSource({"2023-02-24, QD-148-2023", "2024-09-10, QD-148-2023", "2025-07-05, QD-148-2023", "2025-07-06, QD-148-1489-2025",
        "2026-05-21, QD-148-1489-2025", "2026-05-22, QD-26-2026", "2030-01-01, QD-26-2026"})
    void nothingNamedChoosesTheNewestRuleSetInForce(String filedOn, String expected) {
        for (EvaluationType type : EvaluationType.values()) {
            assertThat(file(null, type, filedOn)).isEqualTo(new RuleSetChoice.Chosen(catalogue.ruleSet(expected).orElseThrow()));
        }
        assertThat(file("  ", EvaluationType.NEW, filedOn)).isEqualTo(file(null, EvaluationType.NEW, filedOn));
    }

    @ParameterizedTest(name = "{1} named {0} filed {2} → {3}")
    @CsvSource({
        "QD-148-1489-2025, NEW,           2026-06-01, ",
        "QD-148-1489-2025, NEW,           2026-07-20, ",
        "QD-148-1489-2025, NEW,           2026-07-21, NOT_IN_FORCE",
        "QD-148-1489-2025, UPGRADE,       2026-07-20, ",
        "QD-148-1489-2025, UPGRADE,       2026-07-21, NOT_IN_FORCE",
        "QD-148-1489-2025, RE_EVALUATION, 2026-06-20, ",
        "QD-148-1489-2025, RE_EVALUATION, 2026-06-21, NOT_IN_FORCE",
        "QD-148-1489-2025, RE_EVALUATION, 2025-07-05, NOT_IN_FORCE",
        "QD-148-2023,      NEW,           2025-07-05, ",
        "QD-148-2023,      NEW,           2025-07-06, NOT_IN_FORCE",
        "QD-26-2026,       RE_EVALUATION, 2026-05-22, ",
        "QD-26-2026,       NEW,           2026-05-21, NOT_IN_FORCE",
        "QD-9-9999,        NEW,           2026-06-01, UNKNOWN",
        "QD-1048-2019,     NEW,           2020-01-01, NO_SHEETS",
    })
    void aNamedRuleSetMustBeInForceAndStillAbleToFinishTheDossier(String named, EvaluationType type, String filedOn, Refusal refusal) {
        RuleSetChoice choice = file(named, type, filedOn);
        if (refusal == null) {
            assertThat(choice).isEqualTo(new RuleSetChoice.Chosen(catalogue.ruleSet(named).orElseThrow()));
        } else {
            assertThat(choice).isInstanceOfSatisfying(RuleSetChoice.Refused.class, r -> assertThat(r.reason()).isEqualTo(refusal));
            assertThat(choice.chosen()).isFalse();
        }
    }

    @Test
    void theRefusalNamesTheRuleSetAndTheDates() {
        assertThat(file("QD-148-1489-2025", EvaluationType.RE_EVALUATION, "2026-06-21")).isEqualTo(new RuleSetChoice.Refused(
                Refusal.NOT_IN_FORCE, "RE_EVALUATION dossiers may be finished under QD-148-1489-2025 only until 2026-06-20"
                        + " (transitional rules of QD-26-2026), so one filed on 2026-06-21 cannot be filed under it"));
        assertThat(((RuleSetChoice.Refused) file("QD-148-2023", EvaluationType.NEW, "2025-07-06")).detail())
                .isEqualTo("QD-148-2023 is in force from 2023-02-24 to 2025-07-05, not on 2025-07-06");
        assertThat(((RuleSetChoice.Refused) file("QD-9-9999", EvaluationType.NEW, "2026-06-01")).detail())
                .startsWith("no rule set 'QD-9-9999'; known: [QD-1048-2019,");
        assertThat(((RuleSetChoice.Refused) file(null, EvaluationType.NEW, "2021-06-01")))
                .isEqualTo(new RuleSetChoice.Refused(Refusal.NO_SHEETS,
                        "QD-1048-2019 has no scoring sheets in the catalogue, so a dossier cannot be scored under it"));
    }

    @Test
    void noRuleSetBeforeTheFirstDecision() {
        assertThat(file(null, EvaluationType.NEW, "2019-08-20")).isEqualTo(new RuleSetChoice.Refused(Refusal.NOT_IN_FORCE,
                "no OCOP rule set is in force on 2019-08-20; the first starts on 2019-08-21"));
        assertThat(file(null, EvaluationType.NEW, "2019-08-21")).isInstanceOf(RuleSetChoice.Refused.class)
                .extracting(r -> ((RuleSetChoice.Refused) r).reason()).isEqualTo(Refusal.NO_SHEETS);
    }
}
