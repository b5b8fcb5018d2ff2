package vn.ocop.scoring.process;

/**
 * Bước tiếp theo — the next step of the OCOP process after a level has scored a product.
 *
 * @param recognisingLevel the level that recognises (for RECOGNISE, or the province after RETURN_TO_PROVINCE), or null
 * @param targetLevel      where the dossier goes next (SEND_UP, FORWARD, RETURN_TO_PROVINCE), or null
 * @param stars            the stars recognised or recognisable on this result (0 when none)
 * @param reason           why, in English
 */
public record NextStep(Action action, Level recognisingLevel, Level targetLevel, int stars, String reason) {
}
