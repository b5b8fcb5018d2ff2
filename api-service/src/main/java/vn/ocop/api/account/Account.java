package vn.ocop.api.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import vn.ocop.api.area.Area;
import vn.ocop.api.common.persistence.VersionedEntity;
import vn.ocop.api.producer.Producer;
import vn.ocop.api.security.Role;

/**
 * An account (tài khoản) that can obtain a token. Officers carry their {@link #area}, producers their
 * {@link #producer}; council members are bound to rounds by the evaluation tables (council_member.user_id =
 * {@link #username}), see {@link RoundMembership}.
 */
@Entity
public class Account extends VersionedEntity {

    @Column(nullable = false, unique = true)
    public String username;

    /** Self-describing Argon2id hash, see {@link PasswordHasher}. Never leaves the service. */
    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "area_id")
    public Area area;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "producer_id")
    public Producer producer;

    @Column(nullable = false)
    public boolean enabled = true;
}
