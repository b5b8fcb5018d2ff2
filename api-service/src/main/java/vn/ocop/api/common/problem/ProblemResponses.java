package vn.ocop.api.common.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import vn.ocop.api.common.i18n.Messages;

/**
 * The one way to build a problem+json answer: RFC 9457 body with the type's title in the caller's language,
 * {@code Content-Type: application/problem+json} and {@code Content-Language}. Callers add their own headers
 * (Allow, Retry-After, WWW-Authenticate) to the returned builder.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response.ResponseBuilder builder(ProblemType type, String detail, List<FieldError> errors,
            Locale locale, String path) {
        ProblemDetail body = new ProblemDetail(type.uri(), Messages.get(locale, type.titleKey()), type.status(),
                detail, path, errors);
        return Response.status(type.status())
                .type(ProblemDetail.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .entity(body);
    }
}
