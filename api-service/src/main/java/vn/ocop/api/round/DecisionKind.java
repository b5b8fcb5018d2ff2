package vn.ocop.api.round;

/** What the deciding body decided on a final result. */
public enum DecisionKind {
    /** Công nhận: a certificate is issued. */
    RECOGNISE,
    /** Chuyển lên cấp trên: the dossier appears in the next level's queue. */
    SEND_UP,
    /** Không công nhận (with reasons). */
    NOT_RECOGNISED
}
