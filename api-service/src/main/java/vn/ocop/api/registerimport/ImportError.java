package vn.ocop.api.registerimport;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One refused cell of a register file, in Vietnamese and English. */
@Schema(name = "ImportError")
public record ImportError(
        @Schema(description = "Row of the file (the header is row 1); 0 for the file as a whole", example = "7") int row,
        @Schema(description = "Column name, or \"file\"", example = "area_code") String column,
        @Schema(example = "mã 99999 không chỉ đơn vị hành chính nào vào ngày 2021-10-25") String reasonVi,
        @Schema(example = "code 99999 names no administrative unit on 2021-10-25") String reasonEn) {
}
