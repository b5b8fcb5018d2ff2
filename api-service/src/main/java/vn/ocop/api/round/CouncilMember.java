package vn.ocop.api.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.ocop.api.common.cache.DataChangeListener;
import vn.ocop.scoring.CouncilRole;

/** A council member (thành viên hội đồng): chair, member or secretary (the secretary does not score). */
@Entity
@EntityListeners(DataChangeListener.class)
@Table(name = "council_member")
public class CouncilMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    public EvaluationRound round;

    /** The member's account user name: a COUNCIL account sits on the rounds whose council names it. */
    @Column(name = "user_id", nullable = false)
    public String userId;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CouncilRole role;
}
