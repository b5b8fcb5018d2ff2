package vn.ocop.api.scoring;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.ocop.api.common.i18n.Messages;
import vn.ocop.api.common.problem.FieldError;
import vn.ocop.api.common.problem.ProblemResponses;
import vn.ocop.api.common.problem.ProblemType;
import vn.ocop.scoring.InputProblem;
import vn.ocop.scoring.ScoringInputException;

/**
 * Engine input errors become a 400 problem with one field error per problem: the field is the engine's JSON path
 * ({@code sheets[1].answers.A.1.a}); the reason is a short text in the caller's language for the problem's code,
 * followed by the engine's own explanation (English, with the codes that are valid).
 */
@jakarta.enterprise.context.ApplicationScoped
public class ScoringProblemMapper {

    private final ScoringLimits limits;

    public ScoringProblemMapper(ScoringLimits limits) {
        this.limits = limits;
    }

    /**
     * At most {@link ScoringLimits#maxProblems()} problems are listed; when there are more, a last entry counts the
     * rest and the detail says how many there are in all (issue 9, item 6: 20,000 sheets made a 73 MB answer).
     */
    @ServerExceptionMapper
    public Response map(ScoringInputException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.choose(headers.getAcceptableLanguages());
        List<InputProblem> problems = e.problems();
        int listed = Math.min(problems.size(), limits.maxProblems());
        List<FieldError> errors = new ArrayList<>(listed + 1);
        for (InputProblem p : problems.subList(0, listed)) {
            errors.add(new FieldError(p.field(), reason(locale, p)));
        }
        String detail = Messages.get(locale, "detail.scoring-input", problems.size());
        if (listed < problems.size()) {
            errors.add(new FieldError("", Messages.get(locale, "reason.scoring.more-problems", problems.size() - listed)));
            detail = Messages.get(locale, "detail.scoring-input-listed", problems.size(), listed);
        }
        return ProblemResponses.builder(ProblemType.VALIDATION, detail, errors, locale, uri.getPath()).build();
    }

    @ServerExceptionMapper
    public Response map(ScoringLimitException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.choose(headers.getAcceptableLanguages());
        List<FieldError> errors = new ArrayList<>();
        for (ScoringLimitException.Exceeded x : e.exceeded()) {
            errors.add(new FieldError(x.field(), Messages.get(locale, x.reasonKey(), x.max(), x.sent())));
        }
        if (e.total() > e.exceeded().size()) {
            errors.add(new FieldError("", Messages.get(locale, "reason.scoring.more-problems",
                    e.total() - e.exceeded().size())));
        }
        return ProblemResponses.builder(ProblemType.VALIDATION, Messages.get(locale, "detail.scoring-limits"), errors,
                locale, uri.getPath()).build();
    }

    private static String reason(Locale locale, InputProblem problem) {
        String key = "reason.scoring." + problem.code().name();
        String text = Messages.get(locale, key);
        return text.equals(key) ? problem.reason() : text + " (" + problem.reason() + ")";
    }
}
