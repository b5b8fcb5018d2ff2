package vn.ocop.api.plan;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.api.audit.AuditLog;
import vn.ocop.api.common.problem.ApiException;

/** Milestones (mốc thời gian) of a plan. Every change moves the plan's version on. */
@ApplicationScoped
public class PlanMilestoneService extends PlanPartService<PlanMilestone, MilestoneRequest, MilestoneResponse> {

    public PlanMilestoneService(PlanService plans, PlanMilestoneRepository milestones, AuditLog audit) {
        super(plans, milestones, audit, "plan-milestone", "entity.milestone");
    }

    @Override
    protected PlanMilestone newPart() {
        return new PlanMilestone();
    }

    @Override
    protected void check(MilestoneRequest request, Plan plan) {
        if (request.startsOn() != null && request.startsOn().isAfter(request.dueOn())) {
            throw ApiException.invalidField("startsOn", "reason.plan.starts-after-due");
        }
    }

    @Override
    protected void apply(MilestoneRequest request, PlanMilestone milestone) {
        PlanMapper.apply(request, milestone);
    }

    @Override
    protected MilestoneResponse response(PlanMilestone milestone) {
        return PlanMapper.milestone(milestone);
    }
}
