package vn.ocop.scoring.certificate;

/** The standing of a certificate on a given day (computed from its dates and facts, never stored). */
public enum CertificateStatus {
    /** Còn hiệu lực. */
    VALID,
    /** Still valid, but expiring within the notice period, or past expiry while its re-evaluation is pending (grace). */
    EXPIRING,
    /** Hết hiệu lực — past its last valid day (and any grace). */
    EXPIRED,
    /** Thu hồi. */
    REVOKED,
    /** Replaced by the certificate of a later re-evaluation or upgrade. */
    SUPERSEDED
}
