package vn.ocop.api.common.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.api.common.json.StrictJson;

/** The strict JSON rules on a mapper configured like the service's, and the field each refusal names. */
class JsonProblemsTest {

    record Sample(String name, Long areaId, Integer count, Boolean active, LocalDate day,
            List<Child> children, Map<String, String> labels, java.math.BigDecimal share, Kind kind) {
    }

    record Child(String label) {
    }

    record Ranked(int rank) {
    }

    enum Kind { A, B }

    private static final ObjectMapper JSON = StrictJson.configure(new ObjectMapper().findAndRegisterModules());

    @Test
    void acceptsAWellFormedBodyAndNormalisesTextToNfc() throws Exception {
        String nfd = Normalizer.normalize("Hợp tác xã", Normalizer.Form.NFD);
        Sample sample = JSON.readValue("{\"name\": \"" + nfd + "\", \"areaId\": 14, \"count\": 2, \"active\": true,"
                + " \"day\": \"2025-07-01\", \"children\": [{\"label\": \"a\"}],"
                + " \"labels\": {\"" + nfd + "\": \"" + nfd + "\"}, \"share\": 1, \"kind\": \"B\"}", Sample.class);
        assertThat(sample.name()).isEqualTo("Hợp tác xã").isNotEqualTo(nfd);
        assertThat(sample.labels()).containsEntry("Hợp tác xã", "Hợp tác xã");
        assertThat(sample.day()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(sample.share()).isEqualByComparingTo("1");
    }

    @Test
    void namesTheFieldOfEveryRefusal() {
        assertRefused("{\"name\": \"a\", \"extra\": 1}", "extra", "không được chấp nhận");
        assertRefused("{\"children\": [{\"label\": \"a\", \"x\": 2}]}", "children[0].x", "không được chấp nhận");
        assertRefused("{\"name\": \"a\", \"name\": \"b\"}", "name", "nhiều lần");
        assertRefused("{\"children\": [{\"label\": \"a\", \"label\": \"b\"}]}", "children[0].label", "nhiều lần");
        assertRefused("{\"name\": 123}", "name", "chuỗi JSON");
        assertRefused("{\"name\": false}", "name", "chuỗi JSON");
        assertRefused("{\"areaId\": 14.7}", "areaId", "số nguyên");
        assertRefused("{\"areaId\": \"14\"}", "areaId", "số nguyên");
        assertRefused("{\"count\": 2147483648}", "count", "phạm vi");
        assertRefused("{\"active\": \"true\"}", "active", "true hoặc false");
        assertRefused("{\"active\": 1}", "active", "true hoặc false");
        assertRefused("{\"share\": \"1.5\"}", "share", "số JSON");
        assertRefused("{\"kind\": 1}", "kind", null);
        assertRefused("{\"name\": \"a\\u0000\"}", "name", "NUL");
        assertRefused("{\"labels\": {\"k\\u0000\": \"v\"}}", "labels", "NUL");
        assertRefused("{\"children\": [{\"label\": \"\\ud800\"}]}", "children[0].label", "surrogate");
        assertRefused("{\"day\": \"-30403-01-01\"}", "day", "1900");
        assertRefused("{\"day\": 20000}", "day", "YYYY-MM-DD");
        assertRefused("{\"day\": [2025, 7, 1]}", "day", "YYYY-MM-DD");
    }

    @Test
    void nullOrNothingForAPrimitiveIsRefused() {
        for (String body : new String[] {"{\"rank\": null}", "{}"}) {
            JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
                    () -> JSON.readValue(body, Ranked.class));
            ProblemDetail problem = (ProblemDetail) JsonProblems.respond(e, Locale.ENGLISH, "/x").getEntity();
            assertThat(problem.errors().get(0).field()).isEqualTo("rank");
            assertThat(problem.errors().get(0).reason()).isEqualTo("may not be null");
        }
    }

    @Test
    void dataAfterTheValueIsRefused() {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
                () -> JSON.readValue("{\"name\": \"a\"} {}", Sample.class));
        Response response = JsonProblems.respond(e, Locale.ENGLISH, "/x");
        assertThat(response).isNotNull();
        assertThat(((ProblemDetail) response.getEntity()).detail()).contains("data after its value");
    }

    private static void assertRefused(String body, String field, String reasonPart) {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
                () -> JSON.readValue(body, Sample.class));
        assertThat(e).as(body).isNotNull();
        Response response = JsonProblems.respond(e, Locale.forLanguageTag("vi"), "/x");
        if (reasonPart == null) {
            // left to the general mapping, which names the field too
            if (response == null) {
                return;
            }
        }
        assertThat(response).as(body + " → " + e).isNotNull();
        ProblemDetail problem = (ProblemDetail) response.getEntity();
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).as(body).hasSize(1);
        assertThat(problem.errors().get(0).field()).as(body).isEqualTo(field);
        if (reasonPart != null) {
            assertThat(problem.errors().get(0).reason()).as(body + " → " + e).contains(reasonPart);
        }
    }
}
