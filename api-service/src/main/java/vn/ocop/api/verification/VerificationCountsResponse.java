package vn.ocop.api.verification;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How often a certificate was verified by the public, per day (lượt tra cứu theo ngày). */
@Schema(name = "CertificateVerificationCounts")
public record VerificationCountsResponse(
        long certificateId,
        @Schema(example = "OCOP-19-2025-0012") String number,
        LocalDate from,
        LocalDate to,
        @Schema(description = "Verifications from 'from' to 'to'") long total,
        @Schema(description = "Days with at least one verification, in order") List<Day> days) {

    /** One day (Vietnam time). */
    @Schema(name = "CertificateVerificationDay")
    public record Day(LocalDate date, long verifications) {
    }
}
