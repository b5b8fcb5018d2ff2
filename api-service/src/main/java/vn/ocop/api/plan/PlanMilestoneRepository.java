package vn.ocop.api.plan;

import jakarta.enterprise.context.ApplicationScoped;

/** Queries over {@link PlanMilestone} records (the milestones of a plan). */
@ApplicationScoped
public class PlanMilestoneRepository implements PlanPartRepository<PlanMilestone> {
}
