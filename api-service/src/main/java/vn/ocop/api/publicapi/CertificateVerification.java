package vn.ocop.api.publicapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.api.certificate.RevocationGround;
import vn.ocop.scoring.lifecycle.Standing;

/**
 * The public answer about one certificate: is it genuine, and valid today? Only what is printed on the
 * certificate and its label; nothing about the producer's registration, contacts, representative or scores.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CertificateVerification")
public record CertificateVerification(
        @Schema(example = "OCOP-19-2025-0012") String number,
        @Schema(description = "Standing today, by the one certificate-standing rule the officials' view uses too")
        Standing status,
        @Schema(description = "True when the certificate is in force today (VALID, EXPIRING or IN_GRACE)") boolean valid,
        @Schema(example = "Ô mai mơ gừng mặn ngọt") String productName,
        @Schema(description = "Official OCOP product code, when assigned") String productCode,
        @Schema(example = "FOOD") String productGroup,
        @Schema(example = "3", minimum = "3", maximum = "5") int stars,
        @Schema(example = "Hợp tác xã Đoàn Kết") String producerName,
        @Schema(description = "Commune (xã, phường) where the product is made, when recorded", example = "Tân Kỳ")
        String communeName,
        @Schema(example = "Thái Nguyên") String provinceName,
        @Schema(description = "Body that recognised the product", example = "UBND tỉnh Thái Nguyên") String issuingBody,
        @Schema(example = "1234/QĐ-UBND") String decisionNumber,
        LocalDate decisionDate,
        LocalDate issuedOn,
        @Schema(description = "Last day of the 36 months") LocalDate expiresOn,
        @Schema(description = "For IN_GRACE: in force until the re-evaluation decision, at most this day "
                + "(26/2026 Điều 12.3)") LocalDate graceUntil,
        @Schema(description = "Date of revocation, for revoked certificates") LocalDate revokedOn,
        @Schema(description = "Ground of the revocation (căn cứ thu hồi), for revoked certificates")
        RevocationGround revocationGround,
        @Schema(description = "For SUPERSEDED: the day a later certificate replaced this one") LocalDate supersededOn,
        @Schema(description = "For SUPERSEDED: number of the certificate that replaced this one, when recorded",
                example = "OCOP-19-2026-0031") String supersededBy,
        @Schema(description = "Day this answer was computed (Vietnam time)") LocalDate checkedOn,
        @Schema(description = "URL of this verification (encoded in the QR code)") String verificationUrl) {
}
