package vn.ocop.api.fuzz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import vn.ocop.api.fuzz.ApiDocument.Operation;
import vn.ocop.api.fuzz.ApiDocument.Parameter;
import vn.ocop.api.fuzz.FuzzFixture.Caller;
import vn.ocop.api.fuzz.FuzzReport.Finding;
import vn.ocop.api.fuzz.FuzzReport.Kind;
import vn.ocop.api.security.SecurityTestData;

/**
 * Fuzzes every operation of the served OpenAPI document ({@code GET /q/openapi?format=json}) with schema-valid and
 * schema-breaking input, as several roles, with path ids of real records (see {@link FuzzFixture}) and unknown ones.
 * Each request breaks at most one thing (a path or query value, the If-Match header, one body value, or the body
 * as a whole: see {@link Mutations} for the input classes). It holds that
 * <ul>
 * <li>no answer is a 5xx;</li>
 * <li>every 4xx is {@code application/problem+json} with {@code type}, {@code title} and the answer's
 * {@code status};</li>
 * <li>every 2xx matches the served response schema (required properties, types, enums, date formats): reported, and
 * failing the test only with {@code -Dfuzz.schema=fail}.</li>
 * </ul>
 *
 * <p>Switches (system properties): {@code fuzz.seed} (default {@value #DEFAULT_SEED}; the same seed sends the same
 * requests), {@code fuzz.requests} (per operation, default {@value #DEFAULT_REQUESTS}), {@code fuzz.schema}
 * ({@code report}, the default; {@code fail}; {@code off}), {@code fuzz.operations} (a regular expression on
 * "METHOD /path" to fuzz only some operations), {@code fuzz.examples} (examples printed per group, default 2). The
 * full report is printed and written to {@code target/fuzz-report.txt}; every request with its status and the start
 * of its answer goes to {@code target/fuzz-requests.log}.
 */
@QuarkusTest
class ApiFuzzTest {

    static final long DEFAULT_SEED = 20261202L;
    static final int DEFAULT_REQUESTS = 25;
    private static final Logger LOG = Logger.getLogger(ApiFuzzTest.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<Caller> CALLERS = List.of(Caller.ADMIN, Caller.ADMIN, Caller.ADMIN, Caller.ANONYMOUS,
            Caller.PROVINCE, Caller.COMMUNE, Caller.COUNCIL, Caller.PRODUCER);
    private static final RestAssuredConfig CONFIG = RestAssured.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
            .httpClient(HttpClientConfig.httpClientConfig().httpClientFactory(ApiFuzzTest::httpClient)
                    .setParam("http.socket.timeout", 30_000).setParam("http.connection.timeout", 10_000));

    /** An HTTP client that never sends a request twice (the default one retries after an I/O error). */
    @SuppressWarnings("deprecation")
    private static org.apache.http.client.HttpClient httpClient() {
        org.apache.http.impl.client.DefaultHttpClient client = new org.apache.http.impl.client.DefaultHttpClient();
        client.setHttpRequestRetryHandler(new org.apache.http.impl.client.DefaultHttpRequestRetryHandler(0, false));
        return client;
    }

    @Inject
    SecurityTestData data;

    private ApiDocument document;
    private FuzzFixture fixture;
    private ResponseSchemaCheck schemas;
    private ServerLog serverLog;
    private FuzzReport report;
    private final Map<String, Long> elapsed = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Map<Integer, Integer>> statuses = new java.util.TreeMap<>();
    private final List<String> slowest = new ArrayList<>();
    private final List<String> requestLog = new ArrayList<>();
    private int sent;

    @Test
    void everyOperationAnswersFuzzedInputWithoutServerErrorsAndWithProblems() throws IOException {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        int requests = Integer.getInteger("fuzz.requests", DEFAULT_REQUESTS);
        String schemaMode = System.getProperty("fuzz.schema", "report");
        Pattern only = Pattern.compile(System.getProperty("fuzz.operations", ".*"));
        report = new FuzzReport(Integer.getInteger("fuzz.examples", 2));
        LOG.infof("API fuzz: seed %d (-Dfuzz.seed), %d requests per operation (-Dfuzz.requests), schema check %s"
                + " (-Dfuzz.schema=report|fail|off), operations %s (-Dfuzz.operations)", seed, requests, schemaMode, only);

        String served = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        document = new ApiDocument(MAPPER.readTree(served));
        schemas = new ResponseSchemaCheck(document);
        long start = System.nanoTime();
        fixture = new FuzzFixture(data);
        long fixtureMillis = (System.nanoTime() - start) / 1_000_000;
        serverLog = ServerLog.install();
        List<Operation> operations = document.operations().stream().filter(o -> only.matcher(o.key()).matches()).toList();
        try {
            for (Operation operation : operations) {
                long began = System.nanoTime();
                Random random = new Random(seed * 1_000_003L + operation.key().hashCode());
                for (int i = 0; i < requests; i++) {
                    send(operation, random, schemaMode);
                }
                elapsed.put(operation.key(), (System.nanoTime() - began) / 1_000_000);
            }
        } finally {
            serverLog.uninstall();
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "fuzz-requests.log"), requestLog, StandardCharsets.UTF_8);
        }
        long totalMillis = (System.nanoTime() - start) / 1_000_000;

        List<Kind> failing = new ArrayList<>(List.of(Kind.SERVER_ERROR, Kind.NO_ANSWER, Kind.NOT_PROBLEM, Kind.BAD_PROBLEM));
        if (schemaMode.equals("fail")) {
            failing.add(Kind.SCHEMA);
        }
        StringBuilder text = new StringBuilder();
        text.append(String.format("API fuzz: seed %d, %d operations, %d requests per operation, %d requests sent"
                + " (with ETag look-ups), fixture %d ms, total %d ms%n", seed, operations.size(), requests, sent,
                fixtureMillis, totalMillis));
        text.append("slowest operations: ");
        elapsed.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(5)
                .forEach(e -> text.append(e.getKey()).append(' ').append(e.getValue()).append(" ms; "));
        text.append('\n');
        for (Kind kind : Kind.values()) {
            text.append(String.format("  %-62s %5d%s%n", kind.title, report.count(kind),
                    failing.contains(kind) ? "" : " (reported only)"));
        }
        slowest.forEach(t -> text.append("slow request: ").append(t).append('\n'));
        notes.forEach(n -> text.append("note: ").append(n).append('\n'));
        text.append("statuses per operation (how far the requests got):\n");
        statuses.forEach((op, counts) -> text.append(String.format("  %-78s %s%n", op, counts)));
        text.append(report.format(List.of(Kind.values())));
        Path file = Path.of("target", "fuzz-report.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        LOG.info(text);

        List<Finding> failures = report.findings().stream().filter(f -> failing.contains(f.kind())).toList();
        assertThat(failures)
                .as("API fuzz (seed %d) found %d failing requests; full report with reproducible requests in %s and in"
                        + " the log above. Groups:%n%s", seed, failures.size(), file.toAbsolutePath(),
                        report.summary(failing))
                .isEmpty();
    }

    // ---- one request ----

    private void send(Operation operation, Random random, String schemaMode) {
        Caller caller = CALLERS.get(random.nextInt(CALLERS.size()));
        ValidValues values = new ValidValues(document, fixture, random);

        Map<String, String> path = new LinkedHashMap<>();
        boolean realPath = true;
        for (Parameter p : operation.in("path")) {
            List<String> real = fixture.pathValues(operation.path(), p.name());
            if (real == null) {
                note("no fixture for path parameter {" + p.name() + "} of " + operation.key() + ": schema values used");
                realPath = false;
                path.put(p.name(), Mutations.encode(values.parameter(p)));
            } else {
                path.put(p.name(), Mutations.encode(real.get(random.nextInt(real.size()))));
            }
        }
        Map<String, String> query = new LinkedHashMap<>();
        for (Parameter p : operation.in("query")) {
            if (p.required() || random.nextInt(10) < 4) {
                query.put(p.name(), Mutations.encode(values.parameter(p)));
            }
        }
        String mediaType = null;
        JsonNode tree = null;
        boolean minimal = false;
        JsonNode bodySchema = null;
        if (!operation.bodies().isEmpty()) {
            List<String> types = new ArrayList<>(operation.bodies().keySet());
            mediaType = types.contains("application/json") && (types.size() == 1 || random.nextInt(4) > 0)
                    ? "application/json" : types.get(random.nextInt(types.size()));
            JsonNode schema = operation.bodies().get(mediaType);
            if (mediaType.equals("text/csv")) {
                schema = operation.bodies().getOrDefault("application/json", schema);
            }
            minimal = random.nextInt(4) == 0;
            tree = values.body(schema, minimal);
            values.walk(tree, schema);
            bodySchema = schema;
        }

        // What to break: nothing, a path value, a query value, If-Match, one body value, or the body as a whole.
        List<String> targets = new ArrayList<>(List.of("valid", "valid"));
        if (!path.isEmpty()) {
            targets.addAll(List.of("path", "path", "path"));
        }
        if (!operation.in("query").isEmpty()) {
            targets.addAll(List.of("query", "query", "query"));
        }
        if (operation.hasIfMatch()) {
            targets.addAll(List.of("if-match", "if-match"));
        }
        if (tree != null) {
            targets.addAll(List.of("field", "field", "field", "field", "field", "field", "body", "body"));
        }
        String target = targets.get(random.nextInt(targets.size()));
        // An update keeps what is stored where the request schema has the same property (identity fields such as an
        // area's code and parent must not change): the update then reaches the database with the one broken value.
        String currentETag = null;
        if (operation.method().equals("PUT") && tree != null && tree.isObject() && !target.equals("path")) {
            Response current = given().config(CONFIG).urlEncodingEnabled(false).auth()
                    .oauth2(fixture.token(Caller.ADMIN)).get(concretePath(operation, path));
            sent++;
            if (current.statusCode() == 200) {
                currentETag = current.header("ETag");
                overlay(tree, document.resolve(bodySchema), current.asByteArray(), minimal);
                values.walk(tree, bodySchema);
            }
        }

        String inputClass = minimal ? "valid (required only)" : "valid";
        String ifMatchClass = null;
        String fieldClass = null;
        String bodyClass = null;
        switch (target) {
            case "path" -> {
                List<String> names = new ArrayList<>(path.keySet());
                String name = names.get(random.nextInt(names.size()));
                List<String> classes = new ArrayList<>(Mutations.PARAMETER_CLASSES);
                classes.add("unknown-id");
                classes.add("unknown-id");
                String kind = classes.get(random.nextInt(classes.size()));
                path.put(name, kind.equals("unknown-id") ? unknown(operation, name, random)
                        : Mutations.parameter(kind, decode(path.get(name)), random));
                inputClass = "path {" + name + "}: " + kind;
                realPath = false;
            }
            case "query" -> {
                List<Parameter> declared = operation.in("query");
                Parameter p = declared.get(random.nextInt(declared.size()));
                List<String> classes = new ArrayList<>(Mutations.PARAMETER_CLASSES);
                if (p.required()) {
                    classes.add("missing-required");
                }
                String kind = classes.get(random.nextInt(classes.size()));
                if (kind.equals("missing-required")) {
                    query.remove(p.name());
                } else {
                    String valid = query.containsKey(p.name()) ? decode(query.get(p.name())) : values.parameter(p);
                    query.put(p.name(), Mutations.parameter(kind, valid, random));
                }
                inputClass = "query " + p.name() + ": " + kind;
            }
            case "if-match" -> {
                ifMatchClass = Mutations.IF_MATCH_CLASSES.get(random.nextInt(Mutations.IF_MATCH_CLASSES.size()));
                inputClass = "If-Match: " + ifMatchClass;
            }
            case "field" -> {
                List<String> classes = mediaType.equals("text/csv")
                        ? List.of("nul", "huge-string", "too-long", "invalid-utf8", "lone-surrogate", "null")
                        : Mutations.FIELD_CLASSES;
                // Draw until a class applies to this body (every body has some leaf or object to break).
                for (int attempt = 0; attempt < 10 && fieldClass == null; attempt++) {
                    String kind = classes.get(random.nextInt(classes.size()));
                    String where = Mutations.field(kind, tree, values.slots, random);
                    if (where != null) {
                        fieldClass = kind;
                        inputClass = "body " + where + ": " + kind;
                    }
                }
            }
            case "body" -> {
                List<String> classes = mediaType.equals("text/csv")
                        ? List.of("malformed-csv", "empty-body", "wrong-content-type") : Mutations.BODY_CLASSES;
                bodyClass = classes.get(random.nextInt(classes.size()));
                inputClass = "body: " + bodyClass;
            }
            default -> {
                // valid: nothing broken
            }
        }

        byte[] body = null;
        String contentType = mediaType;
        if (tree != null) {
            body = mediaType.equals("text/csv") ? Csv.of(tree, fieldClass, bodyClass, random)
                    : Mutations.serialise(tree, fieldClass);
            if (bodyClass != null && !mediaType.equals("text/csv")) {
                body = Mutations.wholeBody(bodyClass, body, random);
            }
            if ("wrong-content-type".equals(bodyClass)) {
                contentType = mediaType.equals("text/csv") ? "application/json" : "text/plain";
            }
            if ("empty-body".equals(bodyClass) && random.nextBoolean()) {
                body = null;
                contentType = null;
            }
        }

        String concretePath = concretePath(operation, path);
        StringBuilder url = new StringBuilder(concretePath);
        String separator = "?";
        for (Map.Entry<String, String> e : query.entrySet()) {
            url.append(separator).append(e.getKey()).append('=').append(e.getValue());
            separator = "&";
        }

        if (url.length() > 8_000) {
            // The server answers 414 before reading a body and closes the connection: the client would only see its
            // own write fail. The request is about the URL, so it goes without one.
            body = null;
            contentType = null;
        }
        String ifMatch = null;
        if (operation.hasIfMatch()) {
            ifMatch = ifMatchClass != null ? Mutations.ifMatch(ifMatchClass, random)
                    : currentETag != null ? currentETag
                    : realPath ? freshETag(operation.method(), concretePath) : "\"0\"";
        }
        // A broken path value may reach another route ("/rule-sets/" is the list): no schema to hold a 2xx to.
        execute(operation, caller, inputClass, url.toString(), ifMatch, contentType, body,
                target.equals("path") ? "off" : schemaMode);
    }

    private static String concretePath(Operation operation, Map<String, String> path) {
        String concrete = operation.path();
        for (Map.Entry<String, String> e : path.entrySet()) {
            concrete = concrete.replace("{" + e.getKey() + "}", e.getValue());
        }
        return concrete;
    }

    /**
     * Keeps what is stored: the stored record's scalar values replace the generated ones of the same name (and fill
     * the request's other properties unless the body is minimal); a property stored empty is left out. Done before
     * anything is broken.
     */
    private static void overlay(JsonNode tree, JsonNode schema, byte[] stored, boolean minimal) {
        JsonNode record;
        try {
            record = MAPPER.readTree(stored);
        } catch (IOException e) {
            return;
        }
        if (record == null || !record.isObject()) {
            return;
        }
        com.fasterxml.jackson.databind.node.ObjectNode body = (com.fasterxml.jackson.databind.node.ObjectNode) tree;
        java.util.Iterator<String> names = schema.path("properties").fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            JsonNode generated = body.get(name);
            JsonNode kept = record.get(name);
            if (kept == null || (generated != null && !generated.isValueNode())) {
                continue;
            }
            if (kept.isNull()) {
                body.remove(name);
            } else if (kept.isValueNode() && (generated != null || !minimal)) {
                body.set(name, kept);
            }
        }
    }

    private static String unknown(Operation operation, String name, Random random) {
        Parameter p = operation.in("path").stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        return ValidValues.type(p.schema()).equals("integer") ? Long.toString(FuzzFixture.unknownId(random))
                : "FZ-UNKNOWN-" + random.nextInt(1_000_000);
    }

    private static String decode(String encoded) {
        return java.net.URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }

    /**
     * The current ETag of the record the request acts on: the path itself for PUT and DELETE, its parent for a
     * POST (an action or a new child of a record), then further up until a GET answers with an ETag.
     */
    private String freshETag(String method, String concretePath) {
        String candidate = method.equals("POST") ? parent(concretePath) : concretePath;
        for (int depth = 0; candidate != null && depth < 3; depth++, candidate = parent(candidate)) {
            sent++;
            Response r = given().config(CONFIG).urlEncodingEnabled(false).auth().oauth2(fixture.token(Caller.ADMIN))
                    .get(candidate);
            if (r.statusCode() == 200 && r.header("ETag") != null) {
                return r.header("ETag");
            }
        }
        return "\"0\"";
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= "/api/v1".length() ? null : path.substring(0, slash);
    }

    private void execute(Operation operation, Caller caller, String inputClass, String url, String ifMatch,
            String contentType, byte[] body, String schemaMode) {
        RequestSpecification spec = given().config(CONFIG).urlEncodingEnabled(false);
        if (caller != Caller.ANONYMOUS) {
            spec.header("Authorization", "Bearer " + fixture.token(caller));
        }
        if (ifMatch != null) {
            spec.header("If-Match", ifMatch);
        }
        if (contentType != null) {
            spec.contentType(contentType);
        }
        if (body != null) {
            spec.body(body);
        }
        String request = describe(operation.method(), url, ifMatch, contentType, body);
        serverLog.drain();
        sent++;
        Response response;
        try {
            response = spec.request(operation.method(), url);
        } catch (Exception e) {
            // REST Assured rethrows I/O errors unchecked (a server closing the connection while the body is sent).
            requestLog.add("--- [" + caller + "] " + operation.method() + " " + abbreviate(url, 200) + " [" + inputClass
                    + "] " + ServerLog.cause(e));
            report.add(new Finding(Kind.NO_ANSWER, operation.key(), inputClass, caller.name(), 0, request,
                    ServerLog.cause(e), causes(null)));
            return;
        }
        int status = response.statusCode();
        long took = response.timeIn(java.util.concurrent.TimeUnit.MILLISECONDS);
        requestLog.add(status + " " + took + "ms [" + caller + "] " + operation.method() + " " + abbreviate(url, 200)
                + " [" + inputClass + "]" + (body == null ? "" : " body " + printable(body, 300).replace('\n', ' '))
                + " -> " + printable(response.asByteArray(), 600).replace('\n', ' '));
        statuses.computeIfAbsent(operation.key(), k -> new java.util.TreeMap<>()).merge(status, 1, Integer::sum);
        slowest.add(took + " ms " + operation.method() + " " + abbreviate(url, 120) + " [" + inputClass + "]");
        slowest.sort(java.util.Comparator.comparingLong((String t) -> -Long.parseLong(t.substring(0, t.indexOf(' ')))));
        if (slowest.size() > 5) {
            slowest.remove(5);
        }
        String answerType = response.contentType() == null ? "" : response.contentType();
        byte[] answer = response.asByteArray();
        String answerText = status + " " + answerType + " " + head(answer);
        if (status >= 500) {
            report.add(new Finding(Kind.SERVER_ERROR, operation.key(), inputClass, caller.name(), status, request,
                    answerText, causes(new String(answer, StandardCharsets.UTF_8))));
        } else if (status >= 400) {
            String problem = problemDefect(status, answerType, answer);
            if (problem != null) {
                Kind kind = answerType.startsWith("application/problem+json") ? Kind.BAD_PROBLEM : Kind.NOT_PROBLEM;
                report.add(new Finding(kind, operation.key(), inputClass, caller.name(), status, request, answerText,
                        problem));
            }
        } else if (status >= 200 && status < 300 && !schemaMode.equals("off")) {
            String defect = schemaDefect(operation, status, answerType, answer);
            if (defect != null) {
                report.add(new Finding(Kind.SCHEMA, operation.key(), inputClass, caller.name(), status, request,
                        answerText, defect));
            }
        }
    }

    /** The service's logged causes: the one whose reference the answer names, else any error logged meanwhile. */
    private String causes(String answer) {
        List<ServerLog.Entry> logged = serverLog.drain();
        TreeSet<String> causes = new TreeSet<>();
        for (ServerLog.Entry e : logged) {
            String reference = e.message().replaceAll(".*Unexpected error ([0-9a-f-]{36}).*", "$1");
            if (answer == null || !answer.contains(reference) || reference.equals(e.message())) {
                continue;
            }
            causes.add(e.cause().isEmpty() ? e.message() : e.cause());
        }
        if (causes.isEmpty()) {
            logged.forEach(e -> causes.add(e.cause().isEmpty() ? e.message() : e.cause()));
        }
        String joined = String.join(" | ", causes);
        return joined.length() <= 400 ? joined : joined.substring(0, 397) + "...";
    }

    /** What is wrong with a 4xx answer as a problem, or null. */
    private static String problemDefect(int status, String contentType, byte[] answer) {
        if (!contentType.startsWith("application/problem+json")) {
            return "Content-Type \"" + contentType + "\"";
        }
        JsonNode problem;
        try {
            problem = MAPPER.readTree(answer);
        } catch (IOException e) {
            return "body is not JSON";
        }
        List<String> defects = new ArrayList<>();
        if (problem == null || !problem.isObject()) {
            return "body is not a JSON object";
        }
        if (!problem.path("type").isTextual() || problem.path("type").asText().isBlank()) {
            defects.add("no type");
        }
        if (!problem.path("title").isTextual() || problem.path("title").asText().isBlank()) {
            defects.add("no title");
        }
        if (!problem.path("status").isInt() || problem.path("status").asInt() != status) {
            defects.add("status " + problem.path("status") + " instead of " + status);
        }
        return defects.isEmpty() ? null : String.join(", ", defects);
    }

    /** What is wrong with a 2xx answer against the served response, or null. */
    private String schemaDefect(Operation operation, int status, String contentType, byte[] answer) {
        Map<String, JsonNode> content = operation.responses().get(Integer.toString(status));
        if (content == null) {
            content = operation.responses().get("default");
        }
        if (content == null) {
            return "status " + status + " is not documented (documented: " + operation.responses().keySet() + ")";
        }
        if (content.isEmpty()) {
            return answer.length == 0 ? null : "documented without a body, answered " + answer.length + " bytes";
        }
        String mediaType = contentType.split(";")[0].trim();
        JsonNode schema = content.get(mediaType);
        if (schema == null) {
            return "Content-Type \"" + contentType + "\" is not documented (documented: " + content.keySet() + ")";
        }
        if (!mediaType.endsWith("json")) {
            return answer.length > 0 ? null : "empty body";
        }
        JsonNode value;
        try {
            value = MAPPER.readTree(answer);
        } catch (IOException e) {
            return "body is not JSON";
        }
        List<String> violations = schemas.violations(schema, value);
        return violations.isEmpty() ? null : String.join("; ", violations);
    }

    private void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    // ---- how a request and an answer are shown ----

    private static String describe(String method, String url, String ifMatch, String contentType, byte[] body) {
        StringBuilder out = new StringBuilder(method).append(' ').append(abbreviate(url, 300));
        if (ifMatch != null) {
            out.append("\nIf-Match: ").append(abbreviate(ifMatch, 60));
        }
        if (contentType != null) {
            out.append("\nContent-Type: ").append(contentType);
        }
        if (body != null) {
            out.append("\nbody (").append(body.length).append(" bytes): ").append(printable(body, 400));
        }
        return out.toString();
    }

    private static String head(byte[] answer) {
        String text = printable(answer, 300);
        String[] lines = text.split("\n", 4);
        return String.join("\n", java.util.Arrays.copyOf(lines, Math.min(lines.length, 3)));
    }

    /** The bytes as UTF-8 with control characters and malformed bytes made visible; long text cut in the middle. */
    static String printable(byte[] bytes, int max) {
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE);
        String text;
        try {
            text = decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c < 0x20 && c != '\n') {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return abbreviate(out.toString(), max);
    }

    private static String abbreviate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, max * 2 / 3) + " […" + (text.length() - max) + " more chars…] "
                + text.substring(text.length() - max / 3);
    }
}
