package vn.ocop.api.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Queries over {@link PlanActivity} records. */
@ApplicationScoped
public class PlanActivityRepository implements PanacheRepository<PlanActivity> {

    /** The activities of a plan, oldest first. */
    public List<PlanActivity> forPlan(long planId) {
        return list("plan.id = ?1 order by id", planId);
    }

    /** One of the activities of a plan; empty when it does not exist or belongs to another plan. */
    public Optional<PlanActivity> findInPlan(long planId, long id) {
        return find("plan.id = ?1 and id = ?2", planId, id).firstResultOptional();
    }
}
