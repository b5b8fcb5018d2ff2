package vn.ocop.api.national;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Schema of a national-shape answer in the OpenAPI document (the body is written as a stream). */
@Schema(name = "NationalRows")
final class NationalRows {

    @Schema(description = "The shape", example = "PTNT_OCOP")
    public String shape;

    @Schema(description = "Reporting day: the certificates in force on it", example = "2025-12-31")
    public String asOf;

    @Schema(description = "One object per certificate, keyed by the shape's column names")
    public List<Map<String, Object>> items;

    private NationalRows() {
    }
}
