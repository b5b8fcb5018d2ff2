package vn.ocop.scoring.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.scoring.catalogue.Catalogue;

/** rules.md §3.4: which level recognises which tier, read from the catalogue's process data. */
class EvaluationProcessTest {

    private static EvaluationProcess process(String ruleSetId) {
        return Catalogue.standard().ruleSet(ruleSetId).orElseThrow().process();
    }

    @ParameterizedTest(name = "{0}: {1} may recognise 3★ {2}, 4★ {3}, 5★ {4}")
    @CsvSource({
        // rule set,        level,    3★,    4★,    5★
        "QD-1048-2019,     DISTRICT, false, false, false",
        "QD-1048-2019,     PROVINCE, true,  true,  false",
        "QD-1048-2019,     CENTRE,   false, false, true",
        "QD-148-2023,      DISTRICT, true,  false, false",
        "QD-148-2023,      PROVINCE, true,  true,  false",
        "QD-148-2023,      CENTRE,   false, false, true",
        "QD-148-1489-2025, COMMUNE,  false, false, false",
        "QD-148-1489-2025, DISTRICT, false, false, false",
        "QD-148-1489-2025, PROVINCE, true,  true,  false",
        "QD-148-1489-2025, CENTRE,   false, false, true",
        "QD-26-2026,       COMMUNE,  false, false, false",
        "QD-26-2026,       DISTRICT, false, false, false",
        "QD-26-2026,       PROVINCE, true,  true,  false",
        "QD-26-2026,       CENTRE,   false, false, true",
    })
    void eachLevelMayRecogniseOnlyItsTiers(String ruleSetId, Level level, boolean three, boolean four, boolean five) {
        EvaluationProcess p = process(ruleSetId);
        assertThat(p.mayRecognise(level, 3)).isEqualTo(three);
        assertThat(p.mayRecognise(level, 4)).isEqualTo(four);
        assertThat(p.mayRecognise(level, 5)).isEqualTo(five);
        assertThat(p.mayRecognise(level, 2)).isFalse();
        assertThat(p.mayRecognise(level, 1)).isFalse();
    }

    @Test
    void levelsAndScoringLevelsFollowTheDecision() {
        assertThat(process("QD-148-2023").levels()).containsExactly(Level.DISTRICT, Level.PROVINCE, Level.CENTRE);
        assertThat(process("QD-148-2023").scoringLevels()).containsExactly(Level.DISTRICT, Level.PROVINCE, Level.CENTRE);
        assertThat(process("QD-26-2026").levels()).containsExactly(Level.COMMUNE, Level.PROVINCE, Level.CENTRE);
        assertThat(process("QD-26-2026").scoringLevels()).containsExactly(Level.PROVINCE, Level.CENTRE);
        assertThat(process("QD-148-1489-2025")).isSameAs(process("QD-26-2026"));
        assertThat(process("QD-1048-2019").rule(Level.DISTRICT).orElseThrow().sendUpAtLeast()).isEqualByComparingTo("50");
        assertThat(process("QD-148-2023").rule(Level.DISTRICT).orElseThrow().sendUpAtLeast()).isEqualByComparingTo("70");
        assertThat(process("QD-26-2026").rule(Level.PROVINCE).orElseThrow().sendUpAtLeast()).isEqualByComparingTo("90");
        assertThat(process("QD-26-2026").rule(Level.CENTRE).orElseThrow().returnTo()).isEqualTo(Level.PROVINCE);
        assertThat(process("QD-26-2026").rule(Level.DISTRICT)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: scores at commune {1}, district {2}, province {3}; commune assesses {4}; queues {5} then {6}")
    @CsvSource({
        // rule set,        commune, district, province, commune assesses, after submission, after commune
        "QD-1048-2019,     false,   true,     true,     false,            DISTRICT,         DISTRICT",
        "QD-148-2023,      false,   true,     true,     false,            DISTRICT,         DISTRICT",
        "QD-148-1489-2025, false,   false,    true,     true,             COMMUNE,          PROVINCE",
        "QD-26-2026,       false,   false,    true,     true,             COMMUNE,          PROVINCE",
    })
    void whoScoresAndWhereADossierQueues(String ruleSetId, boolean commune, boolean district, boolean province,
                                         boolean communeAssesses, Level afterSubmission, Level afterCommune) {
        EvaluationProcess p = process(ruleSetId);
        assertThat(p.scoresAt(Level.COMMUNE)).isEqualTo(commune);
        assertThat(p.scoresAt(Level.DISTRICT)).isEqualTo(district);
        assertThat(p.scoresAt(Level.PROVINCE)).isEqualTo(province);
        assertThat(p.scoresAt(Level.CENTRE)).isTrue();
        assertThat(p.communeAssesses()).isEqualTo(communeAssesses);
        assertThat(p.queueAfterSubmission()).isEqualTo(afterSubmission);
        assertThat(p.queueAfterCommune()).isEqualTo(afterCommune);
    }

    @Test
    void theCentreReturnsToTheProvinceWhichMayRecogniseOnlyItsOwnTiers() {
        NextStep four = process("QD-26-2026").nextStep(Level.CENTRE, new vn.ocop.scoring.rating.Average(8800, 1), 4);
        assertThat(four).isEqualTo(new NextStep(Action.RETURN_TO_PROVINCE, Level.PROVINCE, Level.PROVINCE, 4, four.reason()));
        assertThat(four.reason()).contains("returned to the province", "may recognise 4★");
    }

    @Test
    void aSendUpReasonNamesTheThreshold() {
        assertThat(process("QD-148-2023").nextStep(Level.DISTRICT, new vn.ocop.scoring.rating.Average(7000, 1), 4).reason())
                .isEqualTo("average >= 70: the district sends the product to the province, which may recognise 3★–4★");
    }

    @Test
    void aProcessIsCheckedWhenBuilt() {
        LevelRule province = new LevelRule(Level.PROVINCE, LevelRole.SCORES, new BigDecimal("90"), Level.CENTRE, null, List.of(3, 4), null);
        LevelRule centre = new LevelRule(Level.CENTRE, LevelRole.SCORES, null, null, null, List.of(5), Level.PROVINCE);
        assertThat(new EvaluationProcess("P", "", List.of(province, centre)).scoringLevels()).containsExactly(Level.PROVINCE, Level.CENTRE);
        assertThatThrownBy(() -> new EvaluationProcess("P", "", List.of(centre, province)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be an earlier level of this process");
        assertThatThrownBy(() -> new LevelRule(Level.PROVINCE, LevelRole.SCORES, new BigDecimal("120"), Level.CENTRE, null, List.of(3), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside (0, 100]");
        assertThatThrownBy(() -> new LevelRule(Level.DISTRICT, LevelRole.SCORES, null, null, null, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("neither sends up nor recognises");
    }
}
