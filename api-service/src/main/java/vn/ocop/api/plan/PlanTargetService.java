package vn.ocop.api.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.ocop.api.audit.AuditLog;
import vn.ocop.api.common.problem.ApiException;

/** Targets (chỉ tiêu) of a plan. Every change moves the plan's version on. */
@ApplicationScoped
@Transactional
public class PlanTargetService {

    static final String AUDIT_TYPE = "plan-target";

    private final PlanService plans;
    private final PlanTargetRepository targets;
    private final AuditLog audit;

    public PlanTargetService(PlanService plans, PlanTargetRepository targets, AuditLog audit) {
        this.audit = audit;
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
        long version = plans.touch(plan);
        TargetResponse created = PlanMapper.target(target);
        audit.record(AUDIT_TYPE + ".create", AUDIT_TYPE, target.id, null, plan.areaPath, null, created);
        return new PlanPart<>(created, version);
    }

    public PlanPart<TargetResponse> update(long planId, long id, long expectedVersion, TargetRequest request) {
        Plan plan = plans.forChange(planId, expectedVersion);
        PlanTarget target = require(planId, id);
        TargetRules.check(request);
        TargetResponse before = PlanMapper.target(target);
        PlanMapper.apply(request, target);
        long version = plans.touch(plan);
        TargetResponse after = PlanMapper.target(target);
        audit.record(AUDIT_TYPE + ".update", AUDIT_TYPE, id, null, plan.areaPath, before, after);
        return new PlanPart<>(after, version);
    }

    public long delete(long planId, long id, long expectedVersion) {
        Plan plan = plans.forChange(planId, expectedVersion);
        PlanTarget target = require(planId, id);
        TargetResponse before = PlanMapper.target(target);
        targets.delete(target);
        long version = plans.touch(plan);
        audit.record(AUDIT_TYPE + ".delete", AUDIT_TYPE, id, null, plan.areaPath, before, null);
        return version;
    }

    private PlanTarget require(long planId, long id) {
        return targets.findInPlan(planId, id)
                .orElseThrow(() -> ApiException.notFound("entity.target", Long.toString(id)));
    }
}
