package vn.ocop.api.plan;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.api.audit.AuditLog;

/** Targets (chỉ tiêu) of a plan. Every change moves the plan's version on. */
@ApplicationScoped
public class PlanTargetService extends PlanPartService<PlanTarget, TargetRequest, TargetResponse> {

    public PlanTargetService(PlanService plans, PlanTargetRepository targets, AuditLog audit) {
        super(plans, targets, audit, "plan-target", "entity.target");
    }

    @Override
    protected PlanTarget newPart() {
        return new PlanTarget();
    }

    @Override
    protected void check(TargetRequest request) {
        TargetRules.check(request);
    }

    @Override
    protected void apply(TargetRequest request, PlanTarget target) {
        PlanMapper.apply(request, target);
    }

    @Override
    protected TargetResponse response(PlanTarget target) {
        return PlanMapper.target(target);
    }
}
