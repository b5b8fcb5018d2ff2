package vn.ocop.api.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.ocop.api.common.persistence.VersionedEntity;

/**
 * A recorded actual (kết quả thực hiện được ghi nhận): what was done towards a target that the data cannot count,
 * entered by an official, e.g. "1 promotional video, 12 May".
 */
@Entity
@Table(name = "plan_target_actual")
public class TargetActual extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id")
    public PlanTarget target;

    /** How much was done (in the target's unit). */
    @Column(nullable = false)
    public BigDecimal amount;

    /** The day it was done; counts from then on. */
    @Column(name = "achieved_on", nullable = false)
    public LocalDate achievedOn;

    public String note;

    /** Who recorded it (the account). */
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
