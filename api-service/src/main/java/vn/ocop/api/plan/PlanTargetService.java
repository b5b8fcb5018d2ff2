package vn.ocop.api.plan;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.ocop.api.audit.AuditLog;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.problem.FieldError;
import vn.ocop.api.common.problem.ProblemType;
import vn.ocop.api.product.ProductRepository;

/** Targets (chỉ tiêu) of a plan. Every change moves the plan's version on. */
@ApplicationScoped
public class PlanTargetService extends PlanPartService<PlanTarget, TargetRequest, TargetResponse> {

    private final ProductRepository products;

    public PlanTargetService(PlanService plans, PlanTargetRepository targets, AuditLog audit,
            ProductRepository products) {
        super(plans, targets, audit, "plan-target", "entity.target");
        this.products = products;
    }


    @Override
    protected PlanTarget newPart() {
        return new PlanTarget();
    }

    @Override
    protected void check(TargetRequest request, Plan plan) {
        TargetRules.check(request);
        if (!TargetRules.names(request)) {
            return;
        }
        // A named product must be one of the plan's area (and below); others are as unknown as missing ones.
        Set<Long> inArea = new HashSet<>(products.getEntityManager()
                .createQuery("select p.id from Product p where p.id in :ids and p.areaPath like :path", Long.class)
                .setParameter("ids", new HashSet<>(request.productIds()))
                .setParameter("path", plan.areaPath + "%")
                .getResultList());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.productIds().size(); i++) {
            if (!inArea.contains(request.productIds().get(i))) {
                errors.add(new FieldError("productIds[" + i + "]", "reason.plan.unknown-product"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "detail.invalid-fields", errors);
        }
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
