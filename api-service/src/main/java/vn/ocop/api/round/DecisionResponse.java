package vn.ocop.api.round;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.scoring.process.Level;

/** A decision with who made it and when, and the certificate it issued. */
@Schema(name = "Decision")
public record DecisionResponse(
        long id,
        long roundId,
        long dossierId,
        DecisionKind kind,
        Integer stars,
        Level decidingLevel,
        Level targetLevel,
        String reasons,
        String decidingBody,
        String decisionNumber,
        LocalDate decisionDate,
        String decidedBy,
        Instant decidedAt,
        Long certificateId,
        String certificateNumber) {

    static DecisionResponse of(Decision d) {
        return new DecisionResponse(d.id, d.entry.round.id, d.entry.dossier.id, d.kind, d.stars, d.decidingLevel,
                d.targetLevel, d.reasons, d.decidingBody, d.decisionNumber, d.decisionDate, d.decidedBy, d.createdAt,
                d.certificate == null ? null : d.certificate.id, d.certificate == null ? null : d.certificate.number);
    }
}
