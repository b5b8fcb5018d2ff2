package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.scoring.Councils.score;
import static vn.ocop.scoring.Councils.set;
import static vn.ocop.scoring.Councils.sheetWithTotal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.scoring.catalogue.ProductSet;
import vn.ocop.scoring.process.Action;
import vn.ocop.scoring.process.Level;

/** The seed example, scored end to end from answer sheets. */
class SeedExampleTest {

    private final ProductSet set = set("QD-148-2023", "FOOD_FRESH_PRODUCE");

    @Test
    void underDecision148ADistrictCouncilAveragingSeventyTwoSendsTheProductToTheProvince() {
        Map<String, String> seventyOne = sheetWithTotal(set, new BigDecimal("71"), 4);
        Map<String, String> seventyFour = sheetWithTotal(set, new BigDecimal("74"), 4);

        ScoreResult r = score("QD-148-2023", set, Level.DISTRICT, List.of(seventyOne, seventyOne, seventyFour));

        assertThat(r.average()).isEqualByComparingTo("72");
        assertThat(r.nextStep().action()).isEqualTo(Action.SEND_UP);
        assertThat(r.nextStep().targetLevel()).isEqualTo(Level.PROVINCE);
    }

    @Test
    void underDecision148ADistrictCouncilAveragingSixtyFiveWithEveryThreeStarMarkRecognisesThreeStars() {
        Map<String, String> sixtyFive = sheetWithTotal(set, new BigDecimal("65"), 3);

        ScoreResult r = score("QD-148-2023", set, Level.DISTRICT, List.of(sixtyFive, sixtyFive, sixtyFive, sixtyFive, sixtyFive));

        assertThat(r.average()).isEqualByComparingTo("65");
        assertThat(r.stars()).isEqualTo(3);
        assertThat(r.missedMarks()).isEmpty();
        assertThat(r.nextStep().action()).isEqualTo(Action.RECOGNISE);
        assertThat(r.nextStep().recognisingLevel()).isEqualTo(Level.DISTRICT);
        assertThat(r.nextStep().stars()).isEqualTo(3);
    }

    @Test
    void theSameCouncilUnder1489IsRecognisedByTheProvince() {
        Map<String, String> sixtyFive = sheetWithTotal(set, new BigDecimal("65"), 3);

        ScoreResult r = score("QD-148-1489-2025", set, Level.PROVINCE, List.of(sixtyFive, sixtyFive));

        assertThat(r.nextStep().action()).isEqualTo(Action.RECOGNISE);
        assertThat(r.nextStep().recognisingLevel()).isEqualTo(Level.PROVINCE);
    }
}
