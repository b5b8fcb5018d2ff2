package vn.ocop.api.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.ocop.api.common.cache.ReadCache;
import vn.ocop.api.security.AccessPolicy;
import vn.ocop.api.plan.ProgressQueries.CertificateCount;
import vn.ocop.scoring.lifecycle.EvaluationType;

/**
 * Computes a plan's progress live from the data, per target, in the plan's area and its sub-areas and the plan
 * year up to the reference day (31 December, or {@code asOf} when earlier). Counting rules:
 * <ul>
 * <li>Products certified in the year count DISTINCT products with a certificate issued from 1 January to the
 * reference day; a certificate revoked on or before the reference day does not count (a revocation later than that
 * does not change a past year's result); superseded certificates count (the product did reach the stars).</li>
 * <li>Cumulative: DISTINCT products holding a certificate valid on the reference day (issued, not expired, not
 * revoked by then); a product whose certificate was replaced by an upgrade counts once.</li>
 * <li>Communes with a product: communes of the area, existing on the reference day, where a product holds such a
 * valid certificate (by the area the certificate was issued in).</li>
 * <li>Producers trained (%): distinct producers trained in the training classes of the year's plans of the area
 * and its sub-areas, over the producers taking part in the year: those trained plus those whose product got a
 * certificate in the year without being trained. (Dossiers are not recorded yet; when the evaluation workflow
 * records them, producers who filed one should join the denominator.)</li>
 * <li>Training classes, OCOP shops, fairs: activities of the year's plans of the area and its sub-areas.</li>
 * </ul>
 */
@ApplicationScoped
public class PlanProgressService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PlanService plans;
    private final PlanTargetRepository targets;
    private final ProgressQueries queries;
    private final ReadCache reads;

    private final AccessPolicy access;
    private final TargetActualRepository actuals;

    public PlanProgressService(PlanService plans, PlanTargetRepository targets, ProgressQueries queries,
            ReadCache reads, AccessPolicy access, TargetActualRepository actuals) {
        this.actuals = actuals;
        this.plans = plans;
        this.targets = targets;
        this.queries = queries;
        this.reads = reads;
        this.access = access;
    }

    /**
     * The plan's progress on the reference day; 404 when there is no such plan or it is outside the caller's reach.
     * Cached ({@link ReadCache}) with the plan's area, so that a hit checks the caller's reach without reading the
     * database.
     */
    @Transactional
    public PlanProgressResponse progress(long planId, LocalDate asOf) {
        AreaProgress cached = reads.get("plans.progress", Arrays.asList(planId, asOf), () -> {
            Plan plan = plans.require(planId);
            return new AreaProgress(plan.areaPath, compute(plan, ProgressScope.of(plan, asOf)));
        });
        access.requireAreaVisible(cached.areaPath(), "entity.plan", Long.toString(planId));
        return cached.progress();
    }

    /** A plan's progress with the area path its visibility is checked against. */
    private record AreaProgress(String areaPath, PlanProgressResponse progress) {
    }

    private PlanProgressResponse compute(Plan plan, ProgressScope scope) {
        List<PlanTarget> planTargets = targets.forPlan(plan.id);
        // The certificate counts of all targets in one aggregate statement, in target order.
        List<CertificateCount> counts = new ArrayList<>();
        for (PlanTarget target : planTargets) {
            CertificateCount count = target.productIds.isEmpty() ? certificateCount(target) : null;
            if (count != null) {
                counts.add(count);
            }
        }
        long[] counted = queries.certificateCounts(scope, counts);
        int next = 0;
        Map<ActivityKind, Long> activities = null;
        List<TargetProgressResponse> results = new ArrayList<>();
        for (PlanTarget target : planTargets) {
            if (activities == null && countsActivities(target.kind)) {
                activities = queries.activitiesByKind(scope);
            }
            if (!target.productIds.isEmpty()) {
                results.add(named(target, scope));
            } else if (certificateCount(target) != null) {
                results.add(count(target, counted[next++], target.quantity));
            } else {
                results.add(progress(target, scope, activities));
            }
        }
        return new PlanProgressResponse(plan.id, plan.area.id, plan.year, scope.ref(), results);
    }

    private TargetProgressResponse progress(PlanTarget t, ProgressScope scope, Map<ActivityKind, Long> activities) {
        switch (t.kind) {
            case PRODUCTS_AT_LEAST_STARS:
                return count(t, queries.productsCertifiedInYear(scope,
                        ProgressQueries.filter(t.minStars, t.productGroup, t.evaluationType, null)), t.quantity);
            case UPGRADES:
                return count(t, queries.productsCertifiedInYear(scope,
                        ProgressQueries.filter(t.toStars, t.productGroup, EvaluationType.UPGRADE, t.fromStars)),
                        t.quantity);
            case RECERTIFICATIONS:
                return count(t, queries.productsCertifiedInYear(scope,
                        ProgressQueries.filter(t.minStars, t.productGroup, EvaluationType.RE_EVALUATION, null)),
                        t.quantity);
            case CUMULATIVE_AT_LEAST_STARS:
                return count(t, queries.productsValidOnRef(scope, t.minStars, t.productGroup), t.quantity);
            case COMMUNES_WITH_PRODUCT:
                int expected = t.quantity != null ? t.quantity : (int) queries.communesOnRef(scope);
                return count(t, queries.communesWithValidProduct(scope, t.minStars == null ? 3 : t.minStars),
                        expected);
            case TRAINING_CLASSES:
                return count(t, activities.getOrDefault(ActivityKind.TRAINING_CLASS, 0L), t.quantity);
            case OCOP_SHOPS:
                return count(t, activities.getOrDefault(ActivityKind.OCOP_SHOP, 0L), t.quantity);
            case FAIRS:
                return count(t, activities.getOrDefault(ActivityKind.FAIR, 0L), t.quantity);
            case PRODUCERS_TRAINED_PERCENT:
                return trainedPercent(t, scope);
            default:
                return recorded(t, scope);
        }
    }

    /** The certificate count a target is measured by, or null when it is measured otherwise. */
    private static CertificateCount certificateCount(PlanTarget t) {
        switch (t.kind) {
            case PRODUCTS_AT_LEAST_STARS:
                return new CertificateCount(false,
                        ProgressQueries.filter(t.minStars, t.productGroup, t.evaluationType, null));
            case UPGRADES:
                return new CertificateCount(false,
                        ProgressQueries.filter(t.toStars, t.productGroup, EvaluationType.UPGRADE, t.fromStars));
            case RECERTIFICATIONS:
                return new CertificateCount(false,
                        ProgressQueries.filter(t.minStars, t.productGroup, EvaluationType.RE_EVALUATION, null));
            case CUMULATIVE_AT_LEAST_STARS:
                return new CertificateCount(true, ProgressQueries.filter(t.minStars, t.productGroup, null, null));
            default:
                return null;
        }
    }

    private TargetProgressResponse count(PlanTarget t, long actual, int expected) {
        BigDecimal value = BigDecimal.valueOf(actual);
        Boolean withinRange = t.quantityMax == null ? null : actual >= expected && actual <= t.quantityMax;
        return new TargetProgressResponse(t.id, t.kind, t.label, expected, t.quantityMax, value, null, null,
                percent(value, expected), actual >= expected, withinRange, true, ProgressBasis.COMPUTED, null);
    }

    /**
     * A target naming products: each named product is ACHIEVED when a certificate meeting the target is in force on
     * the reference day, LOST when one met it in the plan period but is no longer in force (revoked, expired), and
     * NOT_YET otherwise. Upgrades, re-certifications and targets of one evaluation type need that event in the
     * period; the others are met by holding the stars at some time in it.
     */
    private TargetProgressResponse named(PlanTarget t, ProgressScope scope) {
        CertificateCount count = certificateCount(t);
        boolean event = count.filter().type() != null;
        Map<Long, List<ProgressQueries.NamedCertificate>> byProduct = queries.namedCertificates(scope,
                count.filter(), event, t.productIds);
        Map<Long, String> names = queries.productNames(t.productIds);
        List<NamedProductProgress> products = new ArrayList<>();
        long achieved = 0;
        for (Long id : t.productIds) {
            List<ProgressQueries.NamedCertificate> met = byProduct.getOrDefault(id, List.of());
            ProgressQueries.NamedCertificate inForce = met.stream()
                    .filter(c -> !c.inForceThrough().isBefore(scope.ref())).reduce((a, b) -> b).orElse(null);
            ProgressQueries.NamedCertificate shown = inForce != null ? inForce
                    : met.isEmpty() ? null : met.get(met.size() - 1);
            NamedProductProgress.NamedProductState state = inForce != null
                    ? NamedProductProgress.NamedProductState.ACHIEVED
                    : met.isEmpty() ? NamedProductProgress.NamedProductState.NOT_YET
                    : NamedProductProgress.NamedProductState.LOST;
            if (inForce != null) {
                achieved++;
            }
            products.add(new NamedProductProgress(id, names.get(id), state, shown == null ? null : shown.id(),
                    shown == null ? null : shown.number(), shown == null ? null : shown.stars(),
                    shown == null ? null : shown.inForceThrough()));
        }
        int expected = t.quantity != null ? t.quantity : t.productIds.size();
        BigDecimal value = BigDecimal.valueOf(achieved);
        Boolean withinRange = t.quantityMax == null ? null : achieved >= expected && achieved <= t.quantityMax;
        return new TargetProgressResponse(t.id, t.kind, t.label, expected, t.quantityMax, value, null, null,
                percent(value, expected), achieved >= expected, withinRange, true, ProgressBasis.COMPUTED, products);
    }

    /**
     * A target the data cannot count: the sum of the actuals recorded for it in the period (basis RECORDED), against
     * its quantity when it has one; NOT_MEASURED while nothing is recorded.
     */
    private TargetProgressResponse recorded(PlanTarget t, ProgressScope scope) {
        TargetActualRepository.Recorded recorded = actuals.recorded(t.id, scope);
        if (recorded.count() == 0) {
            return new TargetProgressResponse(t.id, t.kind, t.label, t.quantity, t.quantityMax, null, null, null,
                    null, null, null, false, ProgressBasis.NOT_MEASURED, null);
        }
        BigDecimal sum = recorded.sum().stripTrailingZeros();
        sum = sum.scale() < 0 ? sum.setScale(0) : sum;
        Integer expected = t.quantity;
        Boolean withinRange = t.quantityMax == null || expected == null ? null
                : sum.compareTo(BigDecimal.valueOf(expected)) >= 0 && sum.compareTo(BigDecimal.valueOf(t.quantityMax)) <= 0;
        return new TargetProgressResponse(t.id, t.kind, t.label, expected, t.quantityMax, sum, null, null,
                expected == null ? null : percent(sum, expected),
                expected == null ? null : sum.compareTo(BigDecimal.valueOf(expected)) >= 0, withinRange, false,
                ProgressBasis.RECORDED, null);
    }

    private TargetProgressResponse trainedPercent(PlanTarget t, ProgressScope scope) {
        long trained = queries.producersTrained(scope);
        long taking = trained + queries.producersCertifiedNotTrained(scope);
        BigDecimal actual = taking == 0 ? null
                : BigDecimal.valueOf(trained).multiply(HUNDRED).divide(BigDecimal.valueOf(taking), 1,
                        RoundingMode.HALF_UP);
        return new TargetProgressResponse(t.id, t.kind, t.label, t.quantity, null, actual, trained, taking,
                actual == null ? null : percent(actual, t.quantity),
                actual == null ? null : actual.compareTo(BigDecimal.valueOf(t.quantity)) >= 0, null, true,
                actual == null ? ProgressBasis.NOT_MEASURED : ProgressBasis.COMPUTED, null);
    }

    private static BigDecimal percent(BigDecimal actual, int expected) {
        if (expected == 0) {
            return HUNDRED.setScale(1);
        }
        return actual.multiply(HUNDRED).divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_UP);
    }

    private static boolean countsActivities(TargetKind kind) {
        return kind == TargetKind.TRAINING_CLASSES || kind == TargetKind.OCOP_SHOPS || kind == TargetKind.FAIRS;
    }
}
