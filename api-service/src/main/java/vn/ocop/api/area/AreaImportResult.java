package vn.ocop.api.area;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did: units created, units whose names or end date changed, units already as in the file. */
@Schema(name = "AreaImportResult")
public record AreaImportResult(
        @Schema(example = "3355") int created,
        @Schema(example = "0") int updated,
        @Schema(example = "0") int unchanged,
        @Schema(description = "Rows in the file", example = "3355") int total) {

    public static AreaImportResult of(int created, int updated, int unchanged) {
        return new AreaImportResult(created, updated, unchanged, created + updated + unchanged);
    }
}
