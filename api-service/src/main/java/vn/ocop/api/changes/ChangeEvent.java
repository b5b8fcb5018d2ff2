package vn.ocop.api.changes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One committed change (sự kiện thay đổi) in the outbox, written in the transaction of the change. Never updated
 * except for its {@link #position}, which {@link ChangeSequencer} gives once the change is committed.
 */
@Entity
@Table(name = "change_event")
public class ChangeEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Feed order (commit-visible order); null until sequenced. */
    @Column(name = "position")
    public Long position;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String type;

    @Column(name = "entity_type", nullable = false)
    public String entityType;

    @Column(name = "entity_id", nullable = false)
    public Long entityId;

    @Column(name = "product_id")
    public Long productId;

    /** Area path of the record ("/3/17/"): who may read the event; null: ADMIN only. */
    @Column(name = "area_path")
    public String areaPath;

    @Column
    public String actor;

    /** The record after the change as the API shows it (JSON), without the citizen id; null on deletion. */
    @Column
    public String payload;

    /** Set for events that happen by date, so that each is written once ("certificate.expired:42:2026-12-03"). */
    @Column(name = "dedup_key")
    public String dedupKey;
}
