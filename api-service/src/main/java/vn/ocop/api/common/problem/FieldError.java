package vn.ocop.api.common.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request: its path in the body or the query, and why it was refused. */
@Schema(name = "FieldError")
public record FieldError(
        @Schema(example = "registrationCode") String field,
        @Schema(example = "đã được dùng cho chủ thể khác") String reason) {
}
