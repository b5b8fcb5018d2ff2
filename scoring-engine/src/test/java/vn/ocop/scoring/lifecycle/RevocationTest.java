package vn.ocop.scoring.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.scoring.catalogue.Catalogue;
import vn.ocop.scoring.catalogue.RuleSet;
import vn.ocop.scoring.process.Level;

/** Thu hồi: the level that recognises a tier under the rule set revokes it (26/2026 Điều 8; 1048: province 3★–4★). */
class RevocationTest {

    @ParameterizedTest(name = "{0}: {1} revokes {2}★ → {3}")
    @CsvSource(nullValues = "-", value = {
        "QD-26-2026,       PROVINCE, 3, -",
        "QD-26-2026,       PROVINCE, 4, -",
        "QD-26-2026,       PROVINCE, 5, CENTRE",
        "QD-26-2026,       CENTRE,   5, -",
        "QD-26-2026,       CENTRE,   4, PROVINCE",
        "QD-26-2026,       COMMUNE,  3, PROVINCE",
        "QD-26-2026,       DISTRICT, 3, PROVINCE",
        "QD-148-1489-2025, DISTRICT, 3, PROVINCE",
        "QD-148-1489-2025, PROVINCE, 4, -",
        "QD-148-2023,      DISTRICT, 3, -",
        "QD-148-2023,      DISTRICT, 4, PROVINCE",
        "QD-148-2023,      PROVINCE, 3, -",
        "QD-1048-2019,     PROVINCE, 3, -",
        "QD-1048-2019,     PROVINCE, 4, -",
        "QD-1048-2019,     DISTRICT, 3, PROVINCE",
        "QD-1048-2019,     PROVINCE, 5, CENTRE",
    })
    void theLevelThatRecognisesTheTierMayRevokeIt(String ruleSetId, Level level, int stars, String levelsThatMay) {
        RuleSet ruleSet = Catalogue.standard().ruleSet(ruleSetId).orElseThrow();
        RevocationCheck check = CertificateRules.checkRevocation(ruleSet, level, stars);
        if (levelsThatMay == null) {
            assertThat(check).isEqualTo(new RevocationCheck.Allowed(ruleSetId));
        } else {
            assertThat(check).isEqualTo(new RevocationCheck.Refused(List.of(Level.valueOf(levelsThatMay)), ruleSetId));
        }
    }

    @ParameterizedTest(name = "{0}: {1}★ is revoked by {2}")
    @CsvSource({"QD-148-2023, 3, 'DISTRICT,PROVINCE'", "QD-26-2026, 2, ''"})
    void theRefusalListsEveryLevelThatMay(String ruleSetId, int stars, String levels) {
        RuleSet ruleSet = Catalogue.standard().ruleSet(ruleSetId).orElseThrow();
        List<Level> expected = levels.isEmpty() ? List.of() : java.util.Arrays.stream(levels.split(",")).map(Level::valueOf).toList();
        assertThat(CertificateRules.checkRevocation(ruleSet, Level.CENTRE, stars))
                .isEqualTo(new RevocationCheck.Refused(expected, ruleSetId));
    }
}
