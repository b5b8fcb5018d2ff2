package vn.ocop.api.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.ocop.scoring.MemberSheet;
import vn.ocop.scoring.CouncilRole;
import vn.ocop.scoring.ScoreRequest;
import vn.ocop.scoring.ScoreResult;
import vn.ocop.scoring.ScoringEngine;
import vn.ocop.scoring.catalogue.Catalogue;
import vn.ocop.scoring.catalogue.Criterion;
import vn.ocop.scoring.catalogue.ProductSet;
import vn.ocop.scoring.catalogue.RuleSet;
import vn.ocop.scoring.process.Level;

/** Pre-encoded catalogue labels are written exactly as Jackson writes them character by character. */
class CatalogueLabelsJsonTest {

    private static final CatalogueLabelsJson LABELS = new CatalogueLabelsJson(Catalogue.standard());

    @Test
    void everyPreviewOfEverySheetIsWrittenByteForByteAsWithoutTheShortcut() throws Exception {
        ObjectMapper plain = new ObjectMapper();
        ObjectMapper fast = new ObjectMapper();
        LABELS.customize(fast);
        ScoringEngine engine = new ScoringEngine();
        Random random = new Random(148);
        int sheets = 0;
        for (RuleSet ruleSet : Catalogue.standard().ruleSets()) {
            for (ProductSet set : ruleSet.productSets()) {
                List<MemberSheet> members = new ArrayList<>();
                members.add(new MemberSheet("Nguyễn Văn Hùng", CouncilRole.CHAIR, answers(set, random)));
                members.add(new MemberSheet("Trần Thị Hương", CouncilRole.MEMBER, answers(set, random)));
                ScoreResult result = engine.score(new ScoreRequest(ruleSet.id(), set.code(), Level.PROVINCE, members));
                String expected = plain.writeValueAsString(result);
                assertThat(fast.writeValueAsString(result)).isEqualTo(expected).contains(set.nameVi());
                assertThat(preEncodedWrites(fast, result)).as("labels taking the shortcut").isGreaterThan(0);
                assertThat(fast.writeValueAsBytes(set)).isEqualTo(plain.writeValueAsBytes(set));
                sheets++;
            }
        }
        assertThat(sheets).isGreaterThanOrEqualTo(52);
        assertThat(LABELS.size()).isGreaterThan(1000);
    }

    @Test
    void otherStringsAreWrittenAsUsual() throws Exception {
        ObjectMapper fast = new ObjectMapper();
        LABELS.customize(fast);
        String copy = new String(Catalogue.standard().ruleSets().get(0).titleVi());
        Map<String, Object> value = Map.of("name", "Hợp tác xã \"Đoàn Kết\"\n", "copy", copy);
        assertThat(fast.writeValueAsString(value)).isEqualTo(new ObjectMapper().writeValueAsString(value));
    }

    /** How many strings the mapper writes from pre-encoded bytes when it writes {@code value}. */
    private static int preEncodedWrites(ObjectMapper mapper, Object value) throws Exception {
        int[] count = {0};
        try (JsonGenerator counting = new JsonGeneratorDelegate(
                mapper.getFactory().createGenerator(new StringWriter())) {
            @Override
            public void writeString(SerializableString text) throws IOException {
                count[0]++;
                super.writeString(text);
            }
        }) {
            mapper.writeValue(counting, value);
        }
        return count[0];
    }

    private static Map<String, String> answers(ProductSet set, Random random) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Criterion criterion : set.criteria()) {
            if (!criterion.options().isEmpty()) {
                answers.put(criterion.code(),
                        criterion.options().get(random.nextInt(criterion.options().size())).code());
            }
        }
        return answers;
    }
}
