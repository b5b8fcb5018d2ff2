package vn.ocop.api.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.ocop.api.common.problem.ApiException;

/** Targets (chỉ tiêu) of a plan. Every change moves the plan's version on. */
@ApplicationScoped
@Transactional
public class PlanTargetService {

    private final PlanService plans;
    private final PlanTargetRepository targets;

    public PlanTargetService(PlanService plans, PlanTargetRepository targets) {
        this.plans = plans;
        this.targets = targets;
    }

    public PlanPart<List<TargetResponse>> list(long planId) {
        Plan plan = plans.require(planId);
        return new PlanPart<>(targets.forPlan(planId).stream().map(PlanMapper::target).toList(), plan.version);
    }

    public PlanPart<TargetResponse> get(long planId, long id) {
        Plan plan = plans.require(planId);
        return new PlanPart<>(PlanMapper.target(require(planId, id)), plan.version);
    }

    public PlanPart<TargetResponse> create(long planId, Long expectedVersion, TargetRequest request) {
        Plan plan = plans.forChange(planId, expectedVersion);
        TargetRules.check(request);
        PlanTarget target = new PlanTarget();
        target.plan = plan;
        PlanMapper.apply(request, target);
        targets.persist(target);
        return new PlanPart<>(PlanMapper.target(target), plans.touch(plan));
    }

    public PlanPart<TargetResponse> update(long planId, long id, long expectedVersion, TargetRequest request) {
        Plan plan = plans.forChange(planId, expectedVersion);
        PlanTarget target = require(planId, id);
        TargetRules.check(request);
        PlanMapper.apply(request, target);
        return new PlanPart<>(PlanMapper.target(target), plans.touch(plan));
    }

    public long delete(long planId, long id, long expectedVersion) {
        Plan plan = plans.forChange(planId, expectedVersion);
        targets.delete(require(planId, id));
        return plans.touch(plan);
    }

    private PlanTarget require(long planId, long id) {
        return targets.findInPlan(planId, id)
                .orElseThrow(() -> ApiException.notFound("entity.target", Long.toString(id)));
    }
}
