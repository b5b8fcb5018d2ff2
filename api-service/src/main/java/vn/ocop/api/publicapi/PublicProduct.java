package vn.ocop.api.publicapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.scoring.lifecycle.Standing;

/** A product with a valid OCOP certificate, as listed publicly for buyers and front-ends. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PublicProduct")
public record PublicProduct(
        @Schema(example = "Ô mai mơ gừng mặn ngọt") String productName,
        String productCode,
        @Schema(example = "FOOD") String productGroup,
        @Schema(example = "3") int stars,
        @Schema(example = "Hợp tác xã Đoàn Kết") String producerName,
        @Schema(example = "Thái Nguyên") String provinceName,
        @Schema(example = "OCOP-19-2025-0012") String certificateNumber,
        @Schema(description = "Standing of the certificate today (VALID, EXPIRING or IN_GRACE: only certificates in force "
                + "are listed), by the engine's one certificate-standing rule") Standing status,
        @Schema(description = "For IN_GRACE: in force until the re-evaluation decision, at most this day") LocalDate graceUntil,
        LocalDate issuedOn,
        LocalDate expiresOn,
        String verificationUrl) {
}
