package vn.ocop.api.plan;

import jakarta.enterprise.context.ApplicationScoped;

/** Queries over {@link PlanActivity} records (the activities of a plan). */
@ApplicationScoped
public class PlanActivityRepository implements PlanPartRepository<PlanActivity> {
}
