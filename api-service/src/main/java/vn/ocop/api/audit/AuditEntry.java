package vn.ocop.api.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One write recorded in the audit log (nhật ký thao tác): who, what, when, before and after. Never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String actor;

    /** What was done, e.g. "dossier.submit", "certificate.revoke". */
    @Column(nullable = false)
    public String action;

    @Column(name = "entity_type", nullable = false)
    public String entityType;

    @Column(name = "entity_id", nullable = false)
    public Long entityId;

    /** The product the write concerns, when there is one (so the log can be read per product). */
    @Column(name = "product_id")
    public Long productId;

    /**
     * Area path of the record when written ("/3/17/"): officers of that area read the entry. Null for reference
     * data (areas) and accounts, which only ADMIN reads.
     */
    @Column(name = "area_path")
    public String areaPath;

    @Column(name = "before_json")
    public String beforeJson;

    @Column(name = "after_json")
    public String afterJson;
}
