package vn.ocop.api.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.scoring.lifecycle.FilingCheck;
import vn.ocop.scoring.lifecycle.EvaluationType;
import vn.ocop.scoring.process.Level;

/** A dossier as the API shows it. */
@Schema(name = "Dossier")
public record DossierResponse(
        long id,
        long productId,
        @Schema(example = "Trà hoa hồng") String productName,
        EvaluationType evaluationType,
        @Schema(example = "QD-148-1489-2025") String ruleSetId,
        boolean ruleSetNamed,
        LocalDate filedOn,
        @Schema(description = "A re-evaluation's filing against the renewed certificate's window (26/2026 Điều 7.6.a, 12.3)")
        FilingCheck.Timing reEvaluationTiming,
        DossierStatus status,
        @Schema(description = "The level whose queue holds the dossier") Level queueLevel,
        String returnReason,
        Long previousDossierId,
        String note,
        Map<String, String> selfAssessment,
        List<EvidenceItem> evidence,
        CommuneAssessmentRequest communeAssessment,
        String communeAssessedBy,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public static DossierResponse of(Dossier d) {
        CommuneAssessmentRequest commune = d.communeAssessedOn == null ? null
                : new CommuneAssessmentRequest(d.communeAssessedOn, d.communeRawMaterial, d.communeLocalLabour,
                        d.communeIdeaOrigin, d.communeLocalIdentity, d.communeProposal);
        return new DossierResponse(d.id, d.product.id, d.product.name, d.evaluationType, d.ruleSetId, d.ruleSetNamed,
                d.filedOn, d.reEvaluationTiming, d.status, d.queueLevel, d.returnReason,
                d.previousDossier == null ? null : d.previousDossier.id, d.note,
                new java.util.TreeMap<>(d.selfAssessment),
                d.evidence.stream().map(e -> new EvidenceItem(e.type, e.fileName, e.sha256, e.sizeBytes)).toList(),
                commune, d.communeAssessedBy, d.version, d.createdAt, d.updatedAt);
    }
}
