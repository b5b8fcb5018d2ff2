package vn.ocop.api.plan;

import jakarta.enterprise.context.ApplicationScoped;

/** Queries over {@link PlanTarget} records (the targets of a plan). */
@ApplicationScoped
public class PlanTargetRepository implements PlanPartRepository<PlanTarget> {
}
