package vn.ocop.scoring.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When the shared domain files are beside the repository, the committed catalogue must match them exactly:
 * every product set, criterion, option, point value, maximum, star mark and variant. Skipped when absent.
 * Override the location with {@code -Docop.shared.domain=/path/to/shared/domain}.
 */
class SharedDomainMatchTest {

    private static Optional<Path> sharedDomain() {
        String configured = System.getProperty("ocop.shared.domain");
        Stream<Path> candidates = configured != null ? Stream.of(Path.of(configured))
                : Stream.of(Path.of("../shared/domain"), Path.of("../../shared/domain"), Path.of("/work/shared/domain"));
        return candidates.filter(p -> Files.isRegularFile(p.resolve("criteria-148.json"))).findFirst();
    }

    @ParameterizedTest
    @CsvSource({"criteria-148.json, QD-148-2023", "criteria-26-2026.json, QD-26-2026"})
    void theCommittedCatalogueMatchesTheSharedDomainFile(String file, String ruleSetId) throws Exception {
        Optional<Path> dir = sharedDomain();
        assumeTrue(dir.isPresent(), "shared/domain not found beside the repository");
        JsonNode source = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(dir.get().resolve(file).toFile());
        List<ProductSet> sets = Catalogue.standard().ruleSet(ruleSetId).orElseThrow().productSets();

        assertThat(sets).hasSize(source.path("productSets").size());
        int i = 0;
        for (JsonNode s : source.path("productSets")) {
            ProductSet set = sets.get(i++);
            assertThat(set.code()).isEqualTo(s.path("code").asText());
            assertThat(set.no()).isEqualTo(s.path("no").asInt());
            assertThat(set.nameVi()).isEqualTo(s.path("name_vi").asText());
            assertThat(set.group().name()).isEqualTo(s.path("group").asText());
            assertThat(set.groups()).hasSize(s.path("groups").size());
            assertThat(set.criteria()).as(set.code()).hasSize(s.path("criteria").size());
            int c = 0;
            for (JsonNode sc : s.path("criteria")) {
                Criterion criterion = set.criteria().get(c++);
                String where = set.code() + " " + criterion.code();
                assertThat(criterion.code()).isEqualTo(sc.path("code").asText());
                assertThat(criterion.part()).isEqualTo(sc.path("part").asText());
                assertThat(criterion.group()).isEqualTo(sc.path("group").asText());
                assertThat(criterion.nameVi()).isEqualTo(sc.path("name_vi").asText());
                assertThat(criterion.max()).as(where).isEqualByComparingTo(sc.path("max").decimalValue());
                assertThat(criterion.criterionMinStar()).as(where)
                        .isEqualTo(sc.hasNonNull("criterionMinStar") ? sc.path("criterionMinStar").intValue() : null);
                assertThat(criterion.variants()).hasSize(sc.path("variants").size());
                assertThat(criterion.options()).as(where).hasSize(sc.path("options").size());
                int o = 0;
                for (JsonNode so : sc.path("options")) {
                    Option option = criterion.options().get(o++);
                    assertThat(option.code()).isEqualTo(so.path("code").asText());
                    assertThat(option.labelVi()).isEqualTo(so.path("label_vi").asText());
                    assertThat(option.points()).as(option.code()).isEqualByComparingTo(so.path("points").decimalValue());
                    assertThat(option.minStar()).as(option.code()).isEqualTo(so.hasNonNull("minStar") ? so.path("minStar").intValue() : null);
                    assertThat(option.variant()).isEqualTo(so.path("variant").textValue());
                }
            }
        }
    }
}
