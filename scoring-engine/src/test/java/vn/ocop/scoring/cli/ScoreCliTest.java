package vn.ocop.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int exit, JsonNode output, String err) {
    }

    private static Run run(String... args) throws Exception {
        return runWithStdin("", args);
    }

    private static Run runWithStdin(String stdin, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ScoreCli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        return new Run(exit, text.isBlank() ? null : JSON.readTree(text), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void scoresTheExampleFile() throws Exception {
        Run run = run("examples/example-sheets.json");

        assertThat(run.exit()).isZero();
        assertThat(run.output().path("productSetCode").asText()).isEqualTo("FOOD_TEA");
        assertThat(run.output().path("scoringMembers").asInt()).isEqualTo(3);
        assertThat(run.output().path("average").decimalValue()).isEqualByComparingTo("89.33");
        assertThat(run.output().path("stars").asInt()).isEqualTo(4);
        assertThat(run.output().path("nextStep").path("action").asText()).isEqualTo("RECOGNISE");
    }

    @Test
    void scoresABatchInOrder() throws Exception {
        Run run = run("examples/example-batch.json");

        assertThat(run.exit()).isZero();
        assertThat(run.output().isArray()).isTrue();
        assertThat(run.output()).extracting(n -> n.path("ruleSetId").asText()).containsExactly("QD-26-2026", "QD-148-2023");
    }

    @Test
    void readsStandardInput() throws Exception {
        String request = Files.readString(Path.of("examples/example-sheets.json"));
        assertThat(runWithStdin(request, "-").exit()).isZero();
    }

    @Test
    void badInputExitsNonZeroWithAJsonErrorNamingTheProblem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        String request = Files.readString(Path.of("examples/example-sheets.json")).replace("FOOD_TEA", "FOOD_PIZZA");
        Files.writeString(file, "[" + Files.readString(Path.of("examples/example-sheets.json")) + "," + request + "]");

        Run run = run(file.toString());

        assertThat(run.exit()).isEqualTo(ScoreCli.INVALID_INPUT);
        assertThat(run.output().path("error").asText()).isEqualTo("INVALID_INPUT");
        assertThat(run.output().path("problems").get(0).path("code").asText()).isEqualTo("UNKNOWN_PRODUCT_SET");
        assertThat(run.output().path("problems").get(0).path("field").asText()).isEqualTo("[1].productSetCode");
    }

    @Test
    void aDuplicateAnswerInTheFileIsNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("dup.json");
        String request = Files.readString(Path.of("examples/example-sheets.json"))
                .replaceFirst("\"A\\.1\\.1\": \"(A\\.1\\.1#\\d)\"", "\"A.1.1\": \"$1\", \"A.1.1\": \"A.1.1#1\"");
        Files.writeString(file, request);

        Run run = run(file.toString());

        assertThat(run.exit()).isEqualTo(ScoreCli.INVALID_INPUT);
        assertThat(run.output().path("problems").get(0).path("code").asText()).isEqualTo("DUPLICATE_ANSWER");
        assertThat(run.output().path("problems").get(0).path("field").asText()).isEqualTo("sheets[0].answers.A.1.1");
    }

    @Test
    void malformedJsonAndUnknownEnumsAreInvalidJson(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"ruleSetId\": ");
        assertThat(run(broken.toString()).output().path("problems").get(0).path("code").asText()).isEqualTo("INVALID_JSON");

        Path badRole = dir.resolve("role.json");
        Files.writeString(badRole, Files.readString(Path.of("examples/example-sheets.json")).replace("\"SECRETARY\"", "\"BOSS\""));
        Run run = run(badRole.toString());
        assertThat(run.exit()).isEqualTo(ScoreCli.INVALID_INPUT);
        assertThat(run.output().path("problems").get(0).path("field").asText()).isEqualTo("sheets[3].role");
    }

    @Test
    void usageAndMissingFilesExitWithTwo() throws Exception {
        assertThat(run().exit()).isEqualTo(ScoreCli.USAGE);
        assertThat(run("/no/such/file.json").exit()).isEqualTo(ScoreCli.USAGE);
    }
}
