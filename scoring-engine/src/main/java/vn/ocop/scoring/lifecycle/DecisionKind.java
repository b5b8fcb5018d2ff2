package vn.ocop.scoring.lifecycle;

/** Quyết định — what the deciding body decides on a closed result. */
public enum DecisionKind {
    /** Công nhận — recognise the stars; a certificate is issued. */
    RECOGNISE,
    /** Chuyển lên cấp trên — send the dossier up to the next level. */
    SEND_UP,
    /** Không công nhận — not recognised (with reasons). */
    NOT_RECOGNISE
}
