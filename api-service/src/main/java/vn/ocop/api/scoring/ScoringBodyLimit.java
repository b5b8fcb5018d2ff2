package vn.ocop.api.scoring;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.ocop.api.common.i18n.Messages;
import vn.ocop.api.common.problem.FieldError;
import vn.ocop.api.common.problem.ProblemResponses;
import vn.ocop.api.common.problem.ProblemType;

/**
 * 413 problem before the body of a scoring preview is read when its {@code Content-Length} is above
 * {@link ScoringLimits#maxBodyBytes()} (one request) or {@link ScoringLimits#maxBatchBodyBytes()} (a batch). Applies
 * to the matched resource, whatever the spelling of the path. A body sent without a length is bounded by the
 * server's {@code quarkus.http.limits.max-body-size} and then by the counts of {@link ScoringPreviewService}.
 */
public class ScoringBodyLimit {

    private final ScoringLimits limits;

    public ScoringBodyLimit(ScoringLimits limits) {
        this.limits = limits;
    }

    @ServerRequestFilter
    public Response limit(ContainerRequestContext request, ResourceInfo resource) {
        if (resource == null || resource.getResourceClass() != ScoringPreviewResource.class
                || resource.getResourceMethod() == null) {
            return null;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return null;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return null;
        }
        long max = "previewBatch".equals(resource.getResourceMethod().getName())
                ? limits.maxBatchBodyBytes() : limits.maxBodyBytes();
        if (bytes <= max) {
            return null;
        }
        Locale locale = Messages.choose(request.getAcceptableLanguages());
        return ProblemResponses.builder(ProblemType.PAYLOAD_TOO_LARGE,
                Messages.get(locale, "detail.scoring-body-too-large", bytes, max),
                List.of(new FieldError("body", Messages.get(locale, "reason.scoring.at-most-bytes", max, bytes))),
                locale, request.getUriInfo().getPath()).build();
    }
}
