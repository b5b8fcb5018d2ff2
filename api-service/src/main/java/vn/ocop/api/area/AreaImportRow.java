package vn.ocop.api.area;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One unit of an import, with the columns of the official list. Values are kept as text here so that a bad
 * level or date is reported for its row and field, like every other mistake in the file.
 */
@Schema(name = "AreaImportRow")
public record AreaImportRow(
        @Schema(example = "21289") String code,
        @Schema(example = "Sơn Hà") String name,
        @JsonProperty("full_name") @JsonAlias("fullName") @Schema(example = "Xã Sơn Hà") String fullName,
        @JsonProperty("name_en") @JsonAlias("nameEn") @Schema(example = "Son Ha") String nameEn,
        @Schema(example = "COMMUNE") String level,
        @JsonProperty("parent_code") @JsonAlias("parentCode") @Schema(example = "51") String parentCode,
        @JsonProperty("valid_from") @JsonAlias("validFrom") @Schema(example = "2025-07-01") String validFrom,
        @JsonProperty("valid_to") @JsonAlias("validTo") @Schema(example = "") String validTo) {
}
