package vn.ocop.api.area;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An administrative unit as returned by the API. */
@Schema(name = "Area")
public record AreaResponse(
        @Schema(example = "5") Long id,
        @Schema(description = "Official code (GSO)", example = "21289") String code,
        @Schema(example = "Sơn Hà") String name,
        @Schema(example = "Xã Sơn Hà") String fullName,
        @Schema(example = "Son Ha") String nameEn,
        @Schema(example = "COMMUNE") AreaLevel level,
        @Schema(example = "4") Long parentId,
        @Schema(description = "Ids from the province down to this unit", example = "/4/5/") String path,
        @Schema(example = "2025-07-01") LocalDate validFrom,
        @Schema(description = "First day the unit no longer exists (exclusive)") LocalDate validTo,
        @Schema(description = "Row version, also sent as the ETag", example = "0") long version) {

    public static AreaResponse of(Area area) {
        return new AreaResponse(area.id, area.code, area.name, area.fullName, area.nameEn, area.level, area.parentId,
                area.path, area.validFrom, area.validTo, area.version);
    }
}
