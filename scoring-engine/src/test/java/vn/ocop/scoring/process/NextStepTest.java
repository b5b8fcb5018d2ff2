package vn.ocop.scoring.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.scoring.catalogue.Catalogue;
import vn.ocop.scoring.rating.Average;

/** README step 6: the next step by rule set and by the level that scored. */
class NextStepTest {

    private static NextStep step(String ruleSetId, Level level, String average, int stars) {
        EvaluationProcess process = Catalogue.standard().ruleSet(ruleSetId).orElseThrow().process();
        long hundredths = new java.math.BigDecimal(average).movePointRight(2).longValueExact();
        return process.nextStep(level, new Average(hundredths, 1), stars);
    }

    @ParameterizedTest(name = "{0} {1} average {2} {3}★ → {4} {5} {6}")
    @CsvSource(nullValues = "-", value = {
        // rule set,        level,    avg,   stars, action,             recognising, target
        "QD-148-2023,      DISTRICT, 72,    4,     SEND_UP,            -,           PROVINCE",
        "QD-148-2023,      DISTRICT, 70,    2,     SEND_UP,            -,           PROVINCE",
        "QD-148-2023,      DISTRICT, 65,    3,     RECOGNISE,          DISTRICT,    -",
        "QD-148-2023,      DISTRICT, 65,    2,     NOT_RECOGNISED,     -,           -",
        "QD-148-2023,      DISTRICT, 45,    2,     NOT_RECOGNISED,     -,           -",
        "QD-148-2023,      PROVINCE, 92,    5,     SEND_UP,            -,           CENTRE",
        "QD-148-2023,      PROVINCE, 85,    4,     RECOGNISE,          PROVINCE,    -",
        "QD-148-2023,      PROVINCE, 60,    3,     RECOGNISE,          PROVINCE,    -",
        "QD-148-2023,      PROVINCE, 60,    2,     NOT_RECOGNISED,     -,           -",
        "QD-148-2023,      CENTRE,   93,    5,     RECOGNISE,          CENTRE,      -",
        "QD-148-2023,      CENTRE,   88,    4,     RETURN_TO_PROVINCE, PROVINCE,    PROVINCE",
        "QD-148-1489-2025, COMMUNE,  40,    2,     FORWARD,            -,           PROVINCE",
        "QD-148-1489-2025, PROVINCE, 90,    5,     SEND_UP,            -,           CENTRE",
        "QD-148-1489-2025, PROVINCE, 65,    3,     RECOGNISE,          PROVINCE,    -",
        "QD-148-1489-2025, PROVINCE, 45,    2,     NOT_RECOGNISED,     -,           -",
        "QD-148-1489-2025, CENTRE,   91,    5,     RECOGNISE,          CENTRE,      -",
        "QD-148-1489-2025, CENTRE,   89.99, 4,     RETURN_TO_PROVINCE, PROVINCE,    PROVINCE",
        "QD-26-2026,       COMMUNE,  80,    4,     FORWARD,            -,           PROVINCE",
        "QD-26-2026,       PROVINCE, 89.99, 4,     RECOGNISE,          PROVINCE,    -",
        "QD-26-2026,       PROVINCE, 90,    5,     SEND_UP,            -,           CENTRE",
        "QD-26-2026,       CENTRE,   95,    5,     RECOGNISE,          CENTRE,      -",
        "QD-26-2026,       CENTRE,   60,    2,     RETURN_TO_PROVINCE, -,           PROVINCE",
        "QD-1048-2019,     DISTRICT, 50,    3,     SEND_UP,            -,           PROVINCE",
        "QD-1048-2019,     DISTRICT, 49.99, 2,     NOT_RECOGNISED,     -,           -",
        "QD-1048-2019,     PROVINCE, 90,    5,     SEND_UP,            -,           CENTRE",
        "QD-1048-2019,     PROVINCE, 75,    4,     RECOGNISE,          PROVINCE,    -",
        "QD-1048-2019,     CENTRE,   91,    5,     RECOGNISE,          CENTRE,      -",
    })
    void nextStepFollowsTheProcessOfTheRuleSet(String ruleSetId, Level level, String average, int stars,
                                               Action action, Level recognising, Level target) {
        NextStep step = step(ruleSetId, level, average, stars);

        assertThat(step.action()).isEqualTo(action);
        assertThat(step.recognisingLevel()).isEqualTo(recognising);
        assertThat(step.targetLevel()).isEqualTo(target);
        assertThat(step.reason()).isNotBlank();
    }

    @Test
    void aDistrictRecognisesThreeStarsOnlyUnder148() {
        assertThat(step("QD-148-2023", Level.DISTRICT, "65", 3).stars()).isEqualTo(3);
        assertThat(step("QD-148-1489-2025", Level.PROVINCE, "65", 3).recognisingLevel()).isEqualTo(Level.PROVINCE);
    }

    @Test
    void levelsOutsideTheProcessAreRejected() {
        assertThatThrownBy(() -> step("QD-148-1489-2025", Level.DISTRICT, "65", 3)).isInstanceOf(LevelNotInProcessException.class);
        assertThatThrownBy(() -> step("QD-26-2026", Level.DISTRICT, "65", 3)).isInstanceOf(LevelNotInProcessException.class);
        assertThatThrownBy(() -> step("QD-148-2023", Level.COMMUNE, "65", 3)).isInstanceOf(LevelNotInProcessException.class);
        assertThatThrownBy(() -> step("QD-1048-2019", Level.COMMUNE, "65", 3)).isInstanceOf(LevelNotInProcessException.class);
    }
}
