package vn.ocop.scoring.lifecycle;

/** Tình trạng hiệu lực — the kind of a certificate's standing on a day ({@link CertificateStanding#kind()}). */
public enum Standing {
    /** Chưa có hiệu lực — the day is before the issue date (a decision dated later than the day asked about). */
    NOT_YET_VALID(false),
    /** Còn hiệu lực. */
    VALID(true),
    /** Sắp hết hạn — in force, within the notice days before expiry (the expiry day included). */
    EXPIRING(true),
    /** Kéo dài hiệu lực — in force past expiry while its re-evaluation is decided (26/2026 Điều 12.3). */
    IN_GRACE(true),
    /** Hết hiệu lực — past its expiry and any grace. */
    EXPIRED(false),
    /** Bị thu hồi — revoked from the revocation day on. */
    REVOKED(false),
    /** Được thay thế — replaced by the certificate of a later re-evaluation or upgrade from that day on. */
    SUPERSEDED(false);

    private final boolean inForce;

    Standing(boolean inForce) {
        this.inForce = inForce;
    }

    /** True when the certificate may be shown as a valid OCOP certificate on that day. */
    public boolean inForce() {
        return inForce;
    }
}
