package vn.ocop.api.certificate;

/** A certificate's state on a given day: its stored status combined with its dates and rule set. */
public enum CertificateState {
    VALID,
    /** Sắp hết hạn: inside the 30-day warning (148) or the re-evaluation window (26/2026). */
    EXPIRING,
    /** Hết hạn. */
    EXPIRED,
    REVOKED,
    SUPERSEDED
}
