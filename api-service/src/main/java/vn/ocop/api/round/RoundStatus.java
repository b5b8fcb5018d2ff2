package vn.ocop.api.round;

/** An evaluation round is open for sheets until it is closed; then nothing in it changes. */
public enum RoundStatus {
    OPEN,
    CLOSED
}
