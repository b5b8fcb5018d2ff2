package vn.ocop.scoring;

import java.util.List;
import java.util.stream.Collectors;

/** The request cannot be scored; {@link #problems()} names every problem found. Never a wrong number. */
public class ScoringInputException extends RuntimeException {

    private final List<InputProblem> problems;

    public ScoringInputException(List<InputProblem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a scoring input exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public ScoringInputException(InputProblem problem) {
        this(List.of(problem));
    }

    public List<InputProblem> problems() {
        return problems;
    }

    private static String summary(List<InputProblem> problems) {
        return problems.stream().map(p -> p.code() + " at " + p.field() + ": " + p.reason())
                .collect(Collectors.joining("; "));
    }
}
