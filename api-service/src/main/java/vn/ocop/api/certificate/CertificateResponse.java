package vn.ocop.api.certificate;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A certificate as the API shows it, with its state and calendar on the day asked about. */
@Schema(name = "Certificate")
public record CertificateResponse(
        long id,
        @Schema(example = "OCOP-2024-0042") String number,
        long productId,
        @Schema(example = "Ô mai mơ gừng mặn ngọt") String productName,
        int stars,
        String ruleSetId,
        EvaluationType evaluationType,
        String productGroup,
        @Schema(example = "UBND tỉnh Thái Nguyên") String decidingBody,
        String decisionNumber,
        LocalDate decisionDate,
        LocalDate issuedOn,
        LocalDate expiresOn,
        CertificateStatus status,
        @Schema(description = "State on asOf (default today)") CertificateState state,
        @Schema(description = "Under 148: the issuer warns the producer by this day") LocalDate warnBy,
        @Schema(description = "Under 26/2026: first day to file the re-evaluation dossier") LocalDate reEvaluationFrom,
        @Schema(description = "Under 26/2026: last day to file the re-evaluation dossier") LocalDate reEvaluationUntil,
        @Schema(description = "Under 26/2026: latest day it stays valid while a late re-evaluation is decided") LocalDate validAtMostUntil,
        Integer previousStars,
        Long supersededById,
        Long dossierId,
        LocalDate revokedOn,
        String revocationGround,
        String revocationNote,
        String revokingBody,
        String revokedBy,
        long version) {

    static CertificateResponse of(Certificate c, LocalDate asOf) {
        boolean window = CertificateCalendar.hasReEvaluationWindow(c.ruleSetId);
        return new CertificateResponse(c.id, c.number, c.product.id, c.product.name, c.stars, c.ruleSetId,
                c.evaluationType, c.productGroup, c.decidingBody, c.decisionNumber, c.decisionDate, c.issuedOn,
                c.expiresOn, c.status, CertificateCalendar.state(c, asOf),
                window ? null : c.expiresOn.minusDays(CertificateCalendar.WARNING_DAYS_148),
                window ? c.expiresOn.minusDays(CertificateCalendar.WINDOW_OPENS_DAYS) : null,
                window ? c.expiresOn.minusDays(CertificateCalendar.WINDOW_CLOSES_DAYS) : null,
                window ? c.expiresOn.plusDays(CertificateCalendar.GRACE_DAYS) : null,
                c.previousStars, c.supersededBy == null ? null : c.supersededBy.id, c.dossierId, c.revokedOn,
                c.revocationGround, c.revocationNote, c.revokingBody, c.revokedBy, c.version);
    }
}
