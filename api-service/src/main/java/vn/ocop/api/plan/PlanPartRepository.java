package vn.ocop.api.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import java.util.List;
import java.util.Optional;

/** Queries over the parts of a plan, shared by the targets, milestones and activities. */
public interface PlanPartRepository<E extends PlanPart> extends PanacheRepository<E> {

    /** The parts of a plan, oldest first. */
    default List<E> forPlan(long planId) {
        return list("plan.id = ?1 order by id", planId);
    }

    /** One of the parts of a plan; empty when it does not exist or belongs to another plan. */
    default Optional<E> findInPlan(long planId, long id) {
        return find("plan.id = ?1 and id = ?2", planId, id).firstResultOptional();
    }
}
