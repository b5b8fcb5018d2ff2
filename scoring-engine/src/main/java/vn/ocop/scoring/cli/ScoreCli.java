package vn.ocop.scoring.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.scoring.InputProblem;
import vn.ocop.scoring.ProblemCode;
import vn.ocop.scoring.ScoreRequest;
import vn.ocop.scoring.ScoreResult;
import vn.ocop.scoring.ScoringEngine;
import vn.ocop.scoring.ScoringInputException;

/**
 * Batch scoring from the command line, for provincial IT staff working offline.
 *
 * <pre>java -jar scoring-engine-&lt;version&gt;-cli.jar sheets.json   (or "-" to read standard input)</pre>
 *
 * The file holds one {@link ScoreRequest} (the same JSON as the API's preview endpoint) or an array of them.
 * Results go to standard output as JSON (one object, or an array in the same order). On bad input nothing is
 * scored: the output is {@code {"error": "INVALID_INPUT", "problems": [{code, field, reason}]}} (fields of a batch
 * are prefixed with the request's index, e.g. {@code [2].sheets[0].answers.C.6.1.1}) and the exit code is 1;
 * usage or file errors exit with 2.
 */
public final class ScoreCli {

    static final int OK = 0;
    static final int INVALID_INPUT = 1;
    static final int USAGE = 2;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ScoreCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs the CLI; returns the exit code. */
    static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        if (args.length != 1 || args[0].equals("-h") || args[0].equals("--help")) {
            err.println("usage: java -jar scoring-engine-<version>-cli.jar <sheets.json | ->");
            err.println("  scores one ScoreRequest or an array of them and prints the results as JSON");
            return USAGE;
        }
        String text;
        try {
            text = args[0].equals("-") ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("cannot read " + args[0] + ": " + e.getMessage());
            return USAGE;
        }
        ScoringEngine engine = new ScoringEngine();
        List<ScoreRequest> requests = new ArrayList<>();
        boolean batch;
        // streamed, not read as a tree, so that a criterion answered twice reaches the engine as DUPLICATE_ANSWER
        try (JsonParser parser = JSON.createParser(text)) {
            JsonToken first = parser.nextToken();
            batch = first == JsonToken.START_ARRAY;
            if (batch) {
                int i = 0;
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    try {
                        requests.add(JSON.readValue(parser, ScoreRequest.class));
                    } catch (JsonMappingException e) {
                        return invalid(out, List.of(new InputProblem(ProblemCode.INVALID_JSON, join("[" + i + "]", path(e)), e.getOriginalMessage())));
                    }
                    i++;
                }
                if (parser.currentToken() != JsonToken.END_ARRAY) {
                    return invalid(out, List.of(new InputProblem(ProblemCode.INVALID_JSON, "[" + i + "]", "expected a score request object")));
                }
            } else if (first == JsonToken.START_OBJECT) {
                requests.add(JSON.readValue(parser, ScoreRequest.class));
            } else {
                return invalid(out, List.of(new InputProblem(ProblemCode.INVALID_JSON, "", "expected a score request object or an array of them")));
            }
            if (parser.nextToken() != null) {
                return invalid(out, List.of(new InputProblem(ProblemCode.INVALID_JSON, "", "unexpected content after the JSON value")));
            }
        } catch (JsonMappingException e) {
            return invalid(out, List.of(new InputProblem(ProblemCode.INVALID_JSON, path(e), e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            return invalid(out, List.of(new InputProblem(ProblemCode.INVALID_JSON, path(e), e.getOriginalMessage())));
        } catch (IOException e) {
            err.println("cannot read " + args[0] + ": " + e.getMessage());
            return USAGE;
        }
        List<ScoreResult> results = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            String prefix = batch ? "[" + i + "]" : "";
            try {
                results.add(engine.score(requests.get(i)));
            } catch (ScoringInputException e) {
                for (InputProblem p : e.problems()) {
                    problems.add(new InputProblem(p.code(), join(prefix, p.field()), p.reason()));
                }
            }
        }
        if (!problems.isEmpty()) {
            return invalid(out, problems);
        }
        try {
            out.println(JSON.writeValueAsString(batch ? results : results.get(0)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the results", e);
        }
        return OK;
    }

    private static int invalid(PrintStream out, List<InputProblem> problems) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("error", "INVALID_INPUT");
        error.put("problems", problems);
        try {
            out.println(JSON.writeValueAsString(error));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return INVALID_INPUT;
    }

    private static String join(String prefix, String field) {
        if (field == null || field.isEmpty()) {
            return prefix;
        }
        return prefix.isEmpty() || field.startsWith("[") ? prefix + field : prefix + "." + field;
    }

    /** A Jackson error's location as a JSON path like {@code sheets[0].role}. */
    private static String path(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException)) {
            return e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : ((JsonMappingException) e).getPath()) {
            if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(r.getFieldName());
            }
        }
        return path.toString();
    }
}
