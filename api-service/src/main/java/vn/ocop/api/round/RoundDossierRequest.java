package vn.ocop.api.round;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Puts a dossier from the level's queue into a round. */
@Schema(name = "RoundDossierRequest")
public record RoundDossierRequest(@Schema(example = "31") @NotNull Long dossierId) {
}
