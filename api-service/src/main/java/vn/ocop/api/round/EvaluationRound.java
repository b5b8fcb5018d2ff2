package vn.ocop.api.round;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.ocop.api.area.Area;
import vn.ocop.api.common.persistence.VersionedEntity;
import vn.ocop.scoring.process.Level;

/** An evaluation round (đợt đánh giá, phân hạng) at a level for an area, with its council. */
@Entity
@Table(name = "evaluation_round")
public class EvaluationRound extends VersionedEntity {

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id")
    public Area area;

    @Column(name = "area_path", nullable = false)
    public String areaPath;

    @Column(name = "rule_set_id", nullable = false)
    public String ruleSetId;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    /** The day the round's results are decided (ngày quyết định). */
    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RoundStatus status;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    /** Hội đồng đánh giá. */
    @OneToMany(mappedBy = "round", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    public List<CouncilMember> council = new ArrayList<>();

    public Optional<CouncilMember> member(String userId) {
        return council.stream().filter(m -> m.userId.equals(userId)).findFirst();
    }
}
