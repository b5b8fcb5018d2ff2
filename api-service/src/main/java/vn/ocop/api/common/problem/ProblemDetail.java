package vn.ocop.api.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body, the shape of every 4xx and 5xx answer of this API. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json)")
public record ProblemDetail(
        @Schema(description = "URI identifying the problem type", example = "https://ocop.gov.vn/problems/validation")
        URI type,
        @Schema(description = "Short summary of the problem type", example = "Dữ liệu không hợp lệ")
        String title,
        @Schema(description = "HTTP status code", example = "400")
        int status,
        @Schema(description = "Explanation of this occurrence", example = "Có 1 trường không hợp lệ.")
        String detail,
        @Schema(description = "Request path of this occurrence", example = "/api/v1/producers")
        String instance,
        @Schema(description = "One entry per invalid field; empty when the problem is not about fields")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public ProblemDetail {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
