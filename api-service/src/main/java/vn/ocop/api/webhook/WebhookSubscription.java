package vn.ocop.api.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import vn.ocop.api.common.persistence.VersionedEntity;

/**
 * A webhook subscription (đăng ký nhận sự kiện qua webhook): events of these types in this area are POSTed, signed
 * with the secret, to the URL. Managed by ADMIN (any area, or the whole country) and province officials (their
 * province or a unit in it).
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends VersionedEntity {

    @Column(nullable = false)
    public String url;

    /** Comma-separated event types ({@code vn.ocop.api.changes.ChangeTypes}). */
    @Column(name = "event_types", nullable = false)
    public String eventTypes;

    /** The area whose events are sent (and its sub-areas); null: the whole country (ADMIN only). */
    @Column(name = "area_id")
    public Long areaId;

    @Column(name = "area_path")
    public String areaPath;

    @Column
    public String description;

    /** {@code whsec_} + base64 of 32 random bytes (Standard Webhooks); generated here, shown once. */
    @Column(nullable = false)
    public String secret;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    List<String> types() {
        return Arrays.stream(eventTypes.split(",")).filter(t -> !t.isBlank()).toList();
    }
}
