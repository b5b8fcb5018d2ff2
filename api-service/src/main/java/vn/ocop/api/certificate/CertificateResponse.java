package vn.ocop.api.certificate;

import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.scoring.calendar.DateWindow;
import vn.ocop.scoring.certificate.CertificatePolicy;
import vn.ocop.scoring.lifecycle.CertificateStanding;
import vn.ocop.scoring.lifecycle.Standing;
import vn.ocop.scoring.lifecycle.EvaluationType;

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
        @Schema(description = "Standing on asOf (default today), by the engine's one certificate-standing rule")
        Standing state,
        @Schema(description = "Under 148: the issuer warns the producer by this day") LocalDate warnBy,
        @Schema(description = "Under 26/2026: first day to file the re-evaluation dossier") LocalDate reEvaluationFrom,
        @Schema(description = "Under 26/2026: last day to file the re-evaluation dossier") LocalDate reEvaluationUntil,
        @Schema(description = "26/2026 Điều 12.3: the re-evaluation window could not be met and the re-evaluation was "
                + "filed; in force past expiry until the decision, at most this day") LocalDate graceUntil,
        @Schema(description = "The re-evaluation decision (or the end of its dossier) that ended the grace")
        LocalDate graceEndedOn,
        @Schema(description = "Last day in force: expiry or the end of the grace, cut by a revocation or a later "
                + "certificate; null when never in force") LocalDate validThrough,
        Integer previousStars,
        Long supersededById,
        Long dossierId,
        LocalDate revokedOn,
        String revocationGround,
        String revocationNote,
        String revokingBody,
        String revokedBy,
        @Schema(description = "Where an imported certificate comes from (register import); null when issued here")
        Source source,
        long version) {

    /** The register import, file and row a certificate was imported from. */
    @Schema(name = "CertificateSource")
    public record Source(@Schema(example = "12") long importId,
            @Schema(example = "so-theo-doi-ocop-ninh-binh.xlsx") String fileName,
            @Schema(description = "Row of the file (the header is row 1)", example = "2") int row) {
    }

    static CertificateResponse of(Certificate c, CertificateCalendar calendar, CertificateStanding standing) {
        CertificatePolicy policy = calendar.policy(c.ruleSetId);
        Optional<DateWindow> window = policy.reEvaluationWindow(c.expiresOn);
        return new CertificateResponse(c.id, c.number, c.product.id, c.product.name, c.stars, c.ruleSetId,
                c.evaluationType, c.productGroup, c.decidingBody, c.decisionNumber, c.decisionDate, c.issuedOn,
                c.expiresOn, c.status, standing.kind(), policy.warnBy(c.expiresOn).orElse(null),
                window.map(DateWindow::from).orElse(null), window.map(DateWindow::to).orElse(null), c.graceUntil,
                c.graceEndedOn, c.inForceThrough, c.previousStars, c.supersededBy == null ? null : c.supersededBy.id,
                c.dossierId, c.revokedOn, c.revocationGround, c.revocationNote, c.revokingBody, c.revokedBy,
                c.importId == null ? null : new Source(c.importId, c.importFile, c.importRow == null ? 0 : c.importRow),
                c.version);
    }
}
