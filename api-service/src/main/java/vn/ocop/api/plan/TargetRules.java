package vn.ocop.api.plan;

import java.util.ArrayList;
import java.util.List;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.problem.FieldError;
import vn.ocop.api.common.problem.ProblemType;

/**
 * Which fields a target of each kind needs, may have and must not have. Field ranges (stars 3–5, quantity ≥ 0) are
 * checked by Bean Validation on {@link TargetRequest}; this checks the combinations and throws one 400 naming
 * every wrong field.
 */
final class TargetRules {

    static final String REQUIRED = "reason.plan.required-for-kind";
    static final String NOT_ALLOWED = "reason.plan.not-allowed-for-kind";

    private TargetRules() {
    }

    static void check(TargetRequest t) {
        List<FieldError> errors = new ArrayList<>();
        TargetKind kind = t.kind();
        boolean starsKind = kind == TargetKind.PRODUCTS_AT_LEAST_STARS || kind == TargetKind.CUMULATIVE_AT_LEAST_STARS;
        boolean certificateKind = starsKind || kind == TargetKind.UPGRADES || kind == TargetKind.RECERTIFICATIONS;

        if (starsKind) {
            require(errors, "minStars", t.minStars());
        } else if (kind != TargetKind.RECERTIFICATIONS && kind != TargetKind.COMMUNES_WITH_PRODUCT) {
            forbid(errors, "minStars", t.minStars());
        }
        if (kind == TargetKind.UPGRADES) {
            require(errors, "fromStars", t.fromStars());
            require(errors, "toStars", t.toStars());
            if (t.fromStars() != null && t.toStars() != null && t.toStars() <= t.fromStars()) {
                errors.add(new FieldError("toStars", "reason.plan.to-stars-not-above-from"));
            }
        } else {
            forbid(errors, "fromStars", t.fromStars());
            forbid(errors, "toStars", t.toStars());
        }
        if (!certificateKind) {
            forbid(errors, "productGroup", t.productGroup());
        }
        if (kind != TargetKind.PRODUCTS_AT_LEAST_STARS) {
            forbid(errors, "evaluationType", t.evaluationType());
        }
        if (kind != TargetKind.TRAINING_CLASSES) {
            forbid(errors, "participantsEach", t.participantsEach());
        }
        if (kind == TargetKind.OTHER) {
            if (t.label() == null || t.label().isBlank()) {
                errors.add(new FieldError("label", REQUIRED));
            }
        } else if (kind != TargetKind.COMMUNES_WITH_PRODUCT && !names(t)) {
            require(errors, "quantity", t.quantity());
        }
        if (names(t)) {
            if (!certificateKind) {
                errors.add(new FieldError("productIds", NOT_ALLOWED));
            }
            if (t.quantity() != null && t.quantity() > t.productIds().size()) {
                errors.add(new FieldError("quantity", "reason.plan.quantity-above-named"));
            }
            for (int i = 0; i < t.productIds().size(); i++) {
                if (t.productIds().indexOf(t.productIds().get(i)) < i) {
                    errors.add(new FieldError("productIds[" + i + "]", "reason.plan.duplicate-product"));
                }
            }
        }
        if (kind == TargetKind.PRODUCERS_TRAINED_PERCENT) {
            if (t.quantity() != null && t.quantity() > 100) {
                errors.add(new FieldError("quantity", "reason.plan.percent-above-100"));
            }
            forbid(errors, "quantityMax", t.quantityMax());
        }
        if (t.quantityMax() != null) {
            if (t.quantity() == null) {
                errors.add(new FieldError("quantity", "reason.plan.range-needs-min"));
            } else if (t.quantityMax() < t.quantity()) {
                errors.add(new FieldError("quantityMax", "reason.plan.range-max-below-min"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "detail.invalid-fields", errors, kind.name());
        }
    }

    /** True when the target names products. */
    static boolean names(TargetRequest t) {
        return t.productIds() != null && !t.productIds().isEmpty();
    }

    private static void require(List<FieldError> errors, String field, Object value) {
        if (value == null) {
            errors.add(new FieldError(field, REQUIRED));
        }
    }

    private static void forbid(List<FieldError> errors, String field, Object value) {
        if (value != null) {
            errors.add(new FieldError(field, NOT_ALLOWED));
        }
    }
}
