package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import vn.ocop.scoring.catalogue.Catalogue;
import vn.ocop.scoring.catalogue.Criterion;
import vn.ocop.scoring.catalogue.Option;
import vn.ocop.scoring.catalogue.ProductSet;
import vn.ocop.scoring.process.Level;

class SmokeTest {

    @Test
    void scoresAMaximumTeaSheet() throws Exception {
        ProductSet tea = Catalogue.standard().productSet("QD-26-2026", "FOOD_TEA").orElseThrow();
        Map<String, String> answers = new LinkedHashMap<>();
        for (Criterion c : tea.criteria()) {
            Option best = c.options().stream().max((a, b) -> a.points().compareTo(b.points())).orElseThrow();
            answers.put(c.code(), best.code());
        }
        ScoreResult r = new ScoringEngine().score(new ScoreRequest("QD-26-2026", "FOOD_TEA", Level.PROVINCE,
                List.of(new MemberSheet("m1", Role.CHAIR, answers))));
        System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(r).substring(0, 1500));
        assertThat(r.stars()).isEqualTo(5);
    }

    @Property(tries = 10)
    void jqwikRuns(@ForAll @IntRange(min = 0, max = 5) int x) {
        assertThat(x).isBetween(0, 5);
    }
}
