package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.scoring.catalogue.Catalogue;
import vn.ocop.scoring.catalogue.ProductSet;
import vn.ocop.scoring.process.Level;

/** A summary is the full result without the per-criterion explanation and the list of every mark. */
class DetailTest {

    static List<String[]> sheets() {
        return Councils.allRuleSetAndSetCodes().toList();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sheets")
    void summaryIsTheFullResultWithoutCriteria(String ruleSetId, String setCode) {
        ProductSet set = Councils.set(ruleSetId, setCode);
        Map<String, String> low = Councils.allMinimum(set);
        Map<String, String> high = Councils.allMaximum(set);
        ScoreRequest request = new ScoreRequest(ruleSetId, setCode, Level.PROVINCE, List.of(
                new MemberSheet("Nguyễn Văn Hùng", CouncilRole.CHAIR, high), new MemberSheet("Trần Thị Hương", CouncilRole.MEMBER, low)));

        ScoreResult full = Councils.ENGINE.score(request, Detail.FULL);
        ScoreResult summary = Councils.ENGINE.score(request, Detail.SUMMARY);

        assertThat(full.criteria()).hasSize(set.criteria().size() - (int) set.criteria().stream()
                .filter(c -> c.options().isEmpty()).count());
        assertThat(full.marks()).isNotNull();
        assertThat(summary.criteria()).isNull();
        assertThat(summary.marks()).isNull();
        assertThat(summary).usingRecursiveComparison().ignoringFields("criteria", "marks").isEqualTo(full);
        assertThat(Councils.ENGINE.score(request)).usingRecursiveComparison().isEqualTo(full);
        assertThat(Catalogue.standard().ruleSet(ruleSetId)).isPresent();
    }
}
