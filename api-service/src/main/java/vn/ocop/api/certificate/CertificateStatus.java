package vn.ocop.api.certificate;

/**
 * Stored status of a certificate. Whether a valid certificate is expiring or expired follows from its dates
 * and the rule set, and is computed when read.
 */
public enum CertificateStatus {
    VALID,
    /** Thu hồi. */
    REVOKED,
    /** Replaced by the certificate of a later re-evaluation or upgrade. */
    SUPERSEDED
}
