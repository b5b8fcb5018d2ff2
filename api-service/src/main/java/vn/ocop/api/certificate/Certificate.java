package vn.ocop.api.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import vn.ocop.api.common.persistence.VersionedEntity;
import vn.ocop.api.product.Product;
import vn.ocop.scoring.lifecycle.EvaluationType;

/**
 * An OCOP certificate (giấy chứng nhận sản phẩm OCOP), 3★–5★, valid 36 months from issue. Never deleted: it is
 * revoked or superseded. Group and area are copied from the product on the day of issue.
 */
@Entity
public class Certificate extends VersionedEntity {

    @Column(nullable = false)
    public String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    public Product product;

    @Column(nullable = false)
    public int stars;

    @Column(name = "rule_set_id", nullable = false)
    public String ruleSetId;

    @Enumerated(EnumType.STRING)
    @Column(name = "evaluation_type", nullable = false)
    public EvaluationType evaluationType;

    @Column(name = "product_group", nullable = false)
    public String productGroup;

    @Column(name = "area_path", nullable = false)
    public String areaPath;

    /** Deciding body (cơ quan quyết định), e.g. "UBND tỉnh Thái Nguyên". */
    @Column(name = "deciding_body", nullable = false)
    public String decidingBody;

    @Column(name = "decision_number", nullable = false)
    public String decisionNumber;

    @Column(name = "decision_date", nullable = false)
    public LocalDate decisionDate;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Column(name = "expires_on", nullable = false)
    public LocalDate expiresOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CertificateStatus status;

    @Column(name = "revoked_on")
    public LocalDate revokedOn;

    @Column(name = "revocation_ground")
    public String revocationGround;

    @Column(name = "revocation_note")
    public String revocationNote;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "superseded_by_id")
    public Certificate supersededBy;

    /** The dossier whose recognition issued this certificate (null for certificates recorded from paper). */
    /** The day a later certificate of the product replaced this one (thay thế). */
    @Column(name = "superseded_on")
    public LocalDate supersededOn;

    /** 26/2026 Điều 12.3: in force past expiry until the re-evaluation decision, at most this day (gia hạn chuyển tiếp). */
    @Column(name = "grace_until")
    public LocalDate graceUntil;

    /** The re-evaluation decision, or the end of its dossier, that ends the grace. */
    @Column(name = "grace_ended_on")
    public LocalDate graceEndedOn;

    /** The engine's last day in force for the facts above; null when never in force. Kept by CertificateStandings. */
    @Column(name = "in_force_through")
    public LocalDate inForceThrough;

    @Column(name = "dossier_id")
    public Long dossierId;

    @Column(name = "revoked_by")
    public String revokedBy;

    /** Cơ quan thu hồi: the province for 3★/4★, the ministry for 5★. */
    @Column(name = "revoking_body")
    public String revokingBody;

    /** Stars of the certificate this one replaced (re-evaluation or upgrade), if any. */
    @Column(name = "previous_stars")
    public Integer previousStars;

    /** The register import that recorded this certificate (null for certificates issued here). */
    @Column(name = "import_id", updatable = false)
    public Long importId;

    /** The imported file's name. */
    @Column(name = "import_file", updatable = false)
    public String importFile;

    /** The row of the imported file (the header is row 1). */
    @Column(name = "import_row", updatable = false)
    public Integer importRow;
}
