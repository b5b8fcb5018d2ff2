package vn.ocop.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.demo.DemoData.DemoArea;
import vn.ocop.api.demo.DemoData.DemoCertificate;
import vn.ocop.api.demo.DemoData.DemoProducer;
import vn.ocop.api.demo.DemoData.DemoProduct;
import vn.ocop.scoring.catalogue.Catalogue;
import vn.ocop.scoring.catalogue.RuleSet;
import vn.ocop.scoring.process.Level;

/**
 * Every certificate of the demo file is issued by a body of the level that may recognise its stars under its rule
 * set — the engine's process (1048: the province 3★–4★; 148: the district 3★, the province 3★–4★; the ministry 5★)
 * — and a provincial body is the product's own province.
 */
@QuarkusTest
class DemoCertificateAuthorityTest {

    /** Thành phố trực thuộc trung ương: a "UBND thành phố" of these is a provincial body. */
    private static final Set<String> CENTRAL_CITIES = Set.of("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế");

    @Inject
    DemoDataLoader loader;

    @Inject
    Catalogue catalogue;

    /** The level of a deciding body, read from its name. */
    static Level levelOf(String body) {
        if (body.startsWith("Bộ ")) {
            return Level.CENTRE;
        }
        if (body.startsWith("UBND tỉnh ")) {
            return Level.PROVINCE;
        }
        if (body.startsWith("UBND thành phố ")) {
            return CENTRAL_CITIES.contains(body.substring("UBND thành phố ".length())) ? Level.PROVINCE : Level.DISTRICT;
        }
        if (body.startsWith("UBND huyện ") || body.startsWith("UBND thị xã ")) {
            return Level.DISTRICT;
        }
        throw new IllegalArgumentException("no level known for the deciding body '" + body + "'");
    }

    @Test
    void theBodyNameIsReadAsItsLevel() {
        assertThat(levelOf("UBND tỉnh Thái Nguyên")).isEqualTo(Level.PROVINCE);
        assertThat(levelOf("UBND thành phố Đà Nẵng")).isEqualTo(Level.PROVINCE);
        assertThat(levelOf("UBND thành phố Tuyên Quang")).isEqualTo(Level.DISTRICT);
        assertThat(levelOf("UBND huyện Đồng Hỷ")).isEqualTo(Level.DISTRICT);
        assertThat(levelOf("Bộ Nông nghiệp và Phát triển nông thôn")).isEqualTo(Level.CENTRE);
    }

    @Test
    void everyDemoCertificateIsIssuedByTheLevelThatMayRecogniseItsStars() {
        DemoData demo = loader.read();
        Map<String, DemoArea> areas = demo.areas().stream().collect(Collectors.toMap(DemoArea::code, Function.identity()));
        Map<String, DemoProducer> producers = demo.producers().stream()
                .collect(Collectors.toMap(DemoProducer::registrationCode, Function.identity()));
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (DemoProduct product : demo.products()) {
            DemoArea province = areas.get(producers.get(product.producer()).areaCode());
            while (province.level() != AreaLevel.PROVINCE) {
                province = areas.get(province.parentCode());
            }
            for (DemoCertificate c : product.certificates()) {
                checked++;
                RuleSet ruleSet = catalogue.ruleSet(c.ruleSetId()).orElseThrow();
                Level level = levelOf(c.decidingBody());
                if (!ruleSet.process().mayRecognise(level, c.stars())) {
                    wrong.add(c.number() + ": " + c.decidingBody() + " (" + level + ") may not recognise " + c.stars()
                            + "★ under " + ruleSet.id());
                }
                if (level == Level.PROVINCE && !c.decidingBody().endsWith(" " + province.name())) {
                    wrong.add(c.number() + ": " + c.decidingBody() + " is not the province of the product ("
                            + province.name() + ")");
                }
            }
        }
        assertThat(checked).as("demo certificates checked").isGreaterThan(10);
        assertThat(wrong).isEmpty();
    }
}
