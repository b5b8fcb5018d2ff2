package vn.ocop.api.common.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One clock and one engine: only {@code common/time} reads the system clock or names a zone (everything else asks
 * {@link Today}), and only {@code scoring/EngineBeans} builds the scoring engine or reads the standard catalogue
 * (everything else injects them). A scan of the service's main sources; each breach is named by file and line.
 */
class OneClockSourceTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final String BASE = "vn/ocop/api/";

    private static final Predicate<String> TIME = path -> path.startsWith(BASE + "common/time/");
    private static final Predicate<String> ENGINE = path -> path.equals(BASE + "scoring/EngineBeans.java");

    /** What may not be written, and where it may be. */
    private static final Map<String, Predicate<String>> ALLOWED_ONLY_IN = Map.ofEntries(
            Map.entry("LocalDate.now(", TIME), Map.entry("Instant.now(", TIME),
            Map.entry("LocalDateTime.now(", TIME), Map.entry("LocalTime.now(", TIME),
            Map.entry("ZonedDateTime.now(", TIME), Map.entry("OffsetDateTime.now(", TIME),
            Map.entry("Year.now(", TIME), Map.entry("YearMonth.now(", TIME),
            Map.entry("System.currentTimeMillis(", TIME), Map.entry("Clock.system", TIME),
            Map.entry("ZoneId.of(", TIME),
            Map.entry("new ScoringEngine(", ENGINE), Map.entry("Catalogue.standard(", ENGINE));

    @Test
    void onlyCommonTimeReadsTheClockAndOnlyEngineBeansBuildsTheEngine() throws IOException {
        List<String> breaches = breaches();
        assertThat(breaches).as("clock reads / engine or catalogue construction outside their one place").isEmpty();
    }

    @Test
    void theScanSeesTheServiceSourcesAndTheOnePlaces() throws IOException {
        // The scan would pass vacuously on a wrong directory: the one places must be where it looks.
        assertThat(Files.readString(MAIN.resolve(BASE + "common/time/ClockProducer.java"))).contains("Clock.system(");
        assertThat(Files.readString(MAIN.resolve(BASE + "scoring/EngineBeans.java")))
                .contains("new ScoringEngine(").contains("Catalogue.standard(");
        try (Stream<Path> files = Files.walk(MAIN)) {
            assertThat(files.filter(p -> p.toString().endsWith(".java")).count()).isGreaterThan(100);
        }
    }

    private static List<String> breaches() throws IOException {
        List<String> breaches = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(MAIN)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path source : sources) {
            String relative = MAIN.relativize(source).toString().replace('\\', '/');
            List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                for (Map.Entry<String, Predicate<String>> rule : ALLOWED_ONLY_IN.entrySet()) {
                    if (lines.get(i).contains(rule.getKey()) && !rule.getValue().test(relative)) {
                        breaches.add(relative + ":" + (i + 1) + " " + rule.getKey() + " — " + lines.get(i).strip());
                    }
                }
            }
        }
        return breaches;
    }
}
