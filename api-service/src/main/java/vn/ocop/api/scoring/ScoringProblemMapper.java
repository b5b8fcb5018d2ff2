package vn.ocop.api.scoring;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
public class ScoringProblemMapper {

    @ServerExceptionMapper
    public Response map(ScoringInputException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.choose(headers.getAcceptableLanguages());
        List<FieldError> errors = e.problems().stream().map(p -> new FieldError(p.field(), reason(locale, p))).toList();
        return ProblemResponses.builder(ProblemType.VALIDATION,
                Messages.get(locale, "detail.scoring-input", errors.size()), errors, locale, uri.getPath()).build();
    }

    private static String reason(Locale locale, InputProblem problem) {
        String key = "reason.scoring." + problem.code().name();
        String text = Messages.get(locale, key);
        return text.equals(key) ? problem.reason() : text + " (" + problem.reason() + ")";
    }
}
