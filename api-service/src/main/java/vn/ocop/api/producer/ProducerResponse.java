package vn.ocop.api.producer;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A producer (chủ thể OCOP) as returned by the API. */
@Schema(name = "Producer")
public record ProducerResponse(
        @Schema(example = "12") Long id,
        @Schema(example = "Hợp tác xã Đoàn Kết") String name,
        @Schema(example = "COOPERATIVE") ProducerType type,
        @Schema(example = "4601234567") String registrationCode,
        @Schema(description = "Tax code (mã số thuế), if known", example = "4601234567") String taxCode,
        @Schema(description = "Citizen id (CCCD) of a household business's owner; personal data, never public",
                example = "046190001234") String citizenId,
        @Schema(example = "Nguyễn Thị Hạnh") String representativeName,
        @Schema(example = "true") boolean representativeWoman,
        @Schema(example = "false") boolean representativeEthnicMinority,
        @Schema(example = "Xóm Đồng Tâm") String addressLine,
        @Schema(example = "14") Long areaId,
        @Schema(description = "Path of the area, ids from the province down", example = "/2/14/") String areaPath,
        @Schema(example = "+84 208 3851 234") String phone,
        @Schema(example = "htx.doanket@example.vn") String email,
        @Schema(example = "https://doanket.example.vn") String website,
        @Schema(description = "Row version, also sent as the ETag", example = "0") long version,
        Instant createdAt,
        Instant updatedAt) {

    public static ProducerResponse of(Producer producer) {
        return new ProducerResponse(producer.id, producer.name, producer.type, producer.registrationCode, producer.taxCode, producer.citizenId,
                producer.representativeName, producer.representativeWoman, producer.representativeEthnicMinority,
                producer.addressLine, producer.areaId, producer.areaPath, producer.phone, producer.email,
                producer.website, producer.version, producer.createdAt, producer.updatedAt);
    }
}
