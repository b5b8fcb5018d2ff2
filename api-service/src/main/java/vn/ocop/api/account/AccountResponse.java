package vn.ocop.api.account;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.api.security.Role;

/** An account as administrators see it (never the password hash). */
@Schema(name = "AccountResponse")
public record AccountResponse(
        long id,
        @Schema(example = "tanky.xa") String username,
        Role role,
        @Schema(example = "Cán bộ OCOP xã Tân Kỳ") String displayName,
        Long areaId,
        @Schema(example = "Tân Kỳ") String areaName,
        @Schema(example = "/19/412/") String areaPath,
        Long producerId,
        @Schema(example = "Hợp tác xã Đoàn Kết") String producerName,
        boolean enabled,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static AccountResponse of(Account a) {
        return new AccountResponse(a.id, a.username, a.role, a.displayName,
                a.area == null ? null : a.area.id, a.area == null ? null : a.area.name,
                a.area == null ? null : a.area.path,
                a.producer == null ? null : a.producer.id, a.producer == null ? null : a.producer.name,
                a.enabled, a.version, a.createdAt, a.updatedAt);
    }
}
