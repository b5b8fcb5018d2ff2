package vn.ocop.api.plan;

import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import vn.ocop.api.common.persistence.VersionedEntity;

/** A part of a plan (target, milestone, activity): a record that belongs to exactly one plan. */
@MappedSuperclass
public abstract class PlanPart extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;
}
