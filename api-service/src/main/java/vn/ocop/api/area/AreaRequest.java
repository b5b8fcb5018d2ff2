package vn.ocop.api.area;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An administrative unit as sent by a client. On update, code, level, parent and validFrom identify the unit and
 * must stay as stored; names and validTo may change.
 */
@Schema(name = "AreaRequest")
public record AreaRequest(
        @Schema(description = "Official code (GSO)", example = "21289")
        @NotBlank @Size(max = 10) @Pattern(regexp = AreaRequest.CODE_PATTERN) String code,
        @Schema(description = "Short name", example = "Sơn Hà")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "Full name with the unit type", example = "Xã Sơn Hà")
        @Size(max = 255) String fullName,
        @Schema(description = "English name", example = "Son Ha")
        @Size(max = 200) String nameEn,
        @Schema(description = "PROVINCE, DISTRICT (before 1 Jul 2025 only) or COMMUNE", example = "COMMUNE")
        @NotNull AreaLevel level,
        @Schema(description = "Id of the parent unit; none for a province", example = "5")
        Long parentId,
        @Schema(description = "First day the unit exists", example = "2025-07-01")
        @NotNull LocalDate validFrom,
        @Schema(description = "First day the unit no longer exists (exclusive); empty while in force")
        LocalDate validTo) {

    /** Digits, letters, dots and dashes (official codes are digits; local placeholders may add letters). */
    public static final String CODE_PATTERN = "^[0-9A-Za-z][0-9A-Za-z.-]*$";
}
