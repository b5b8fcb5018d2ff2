package vn.ocop.api.round;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.scoring.process.Action;

/** A dossier in a round, with its final numbers once the chair has closed the result. */
@Schema(name = "RoundDossier")
public record RoundDossierResponse(
        long roundId,
        long dossierId,
        long productId,
        @Schema(example = "Mật ong hoa núi") String productName,
        @Schema(description = "Rule set the dossier is scored under in this round") String ruleSetId,
        String productSetCode,
        boolean finalResult,
        BigDecimal average,
        Integer band,
        Integer stars,
        Action nextAction,
        long version) {

    static RoundDossierResponse of(RoundDossier e) {
        return new RoundDossierResponse(e.round.id, e.dossier.id, e.dossier.product.id, e.dossier.product.name,
                e.ruleSetId, e.productSetCode, e.finalResult, e.average, e.band, e.stars, e.nextAction, e.version);
    }
}
