package vn.ocop.api.registerimport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import vn.ocop.api.plan.PlanRequest;
import vn.ocop.api.plan.PlanService;
import vn.ocop.api.plan.PlanTargetService;
import vn.ocop.api.plan.TargetKind;
import vn.ocop.api.plan.TargetRequest;
import vn.ocop.api.security.Caller;

/** Creates a 2021 plan with a 3★ target through the plan services, as the demo loader does. */
@ApplicationScoped
public class RegisterPlanFixture {

    private final PlanService plans;
    private final PlanTargetService targets;
    private final Caller caller;

    public RegisterPlanFixture(PlanService plans, PlanTargetService targets, Caller caller) {
        this.plans = plans;
        this.targets = targets;
        this.caller = caller;
    }

    @ActivateRequestContext
    @Transactional
    public long plan2021(long areaId, String title) {
        caller.actAsSystem();
        long id = plans.create(new PlanRequest(areaId, 2021, null, null, title, "1048/QĐ-TTg", null, null, null,
                null)).id();
        targets.create(id, null, new TargetRequest(TargetKind.PRODUCTS_AT_LEAST_STARS, "24 sản phẩm đạt 3 sao trở lên",
                3, null, null, null, null, 24, null, null, null));
        return id;
    }
}
