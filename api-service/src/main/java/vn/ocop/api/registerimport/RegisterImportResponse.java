package vn.ocop.api.registerimport;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An import as the API shows it. */
@Schema(name = "RegisterImport")
public record RegisterImportResponse(
        long id,
        @Schema(example = "so-theo-doi-ocop-ninh-binh.xlsx") String fileName,
        @Schema(description = "SHA-256 of the file (hex)") String sha256,
        boolean dryRun,
        ImportState state,
        @Schema(description = "Rows of the file (without the header)", example = "18000") int rowsTotal,
        @Schema(description = "Rows checked (CHECKING) or written (WRITING) so far", example = "9000") int rowsDone,
        @Schema(description = "Number of refused cells", example = "0") int errorCount,
        @Schema(description = "The first errors in file order (at most 1000; the first page with errorsPage)") List<ImportError> errors,
        @Schema(description = "What the file writes (VALID) or wrote (COMMITTED)") ImportSummary summary,
        @Schema(example = "thainguyen.tinh") String createdBy,
        Instant createdAt,
        Instant finishedAt) {
}
