package vn.ocop.scoring.process;

/** What happens to a dossier after a level has scored it. */
public enum Action {
    /** Công nhận — the recognising level issues the decision and certificate for the stars. */
    RECOGNISE,
    /** Gửi lên — the dossier goes up to the target level for evaluation. */
    SEND_UP,
    /** Không công nhận — not recognised (below 3★, or a mandatory mark missed). */
    NOT_RECOGNISED,
    /** The centre did not confirm 5★: back to the province, which may recognise 3★/4★ on this result. */
    RETURN_TO_PROVINCE,
    /** The commune assessed its dossier items (no stars) and forwards the dossier to the province. */
    FORWARD
}
