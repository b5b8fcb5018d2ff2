package vn.ocop.api.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.api.security.Role;

/**
 * An account as an administrator creates or replaces it. Officers (PROVINCE, DISTRICT, COMMUNE) need an area of
 * their level; PRODUCER needs a producer; ADMIN and COUNCIL have neither. The password is required on
 * creation. A replacement (PUT) sends every field; there the password, never read back, may be null to keep it.
 */
@Schema(name = "AccountRequest")
public record AccountRequest(
        @NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{2,119}$") @Schema(example = "tanky.xa") String username,
        @Size(min = 10, max = 200) @Schema(description = "At least 10 characters; on replacement null keeps the current one", example = "TanKy#2025")
        String password,
        @NotNull @Schema(example = "COMMUNE") Role role,
        @NotBlank @Size(max = 200) @Schema(example = "Cán bộ OCOP xã Tân Kỳ") String displayName,
        @Schema(description = "Area of an officer", example = "412") Long areaId,
        @Schema(description = "Producer of a PRODUCER account", example = "7") Long producerId,
        @Schema(description = "Whether the account may sign in; true when absent") Boolean enabled) {

    @Override
    public String toString() {
        return "AccountRequest[username=" + username + ", role=" + role + ", password=***]";
    }
}
